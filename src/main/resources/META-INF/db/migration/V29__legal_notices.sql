-- The legal notices page (Mentions légales) names the publication director and the host, as IT gives them on
-- Informatique › Identité du centre; both stay empty until then.
alter table centre add column publication_director varchar(120);
alter table centre add column host varchar(500);
