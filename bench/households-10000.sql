-- 10,000 more households (each with a guardian, two children and a quotient) next to the demo ones, for
-- bench/households. Ids start at 1,000,000, far above what the sequences hand out.
-- search_text as the entities keep it (platform.control.SearchText): the fields normalised, joined by '|'.
insert into household (id, name, address_line, postcode, town, phone, email, family_situation, benefits_body,
                       allocataire_number, created_at, version, search_text)
select 1000000 + x, 'Famille BANC' || x, x || ' rue des Essais', '37250', 'Montbazon', null,
       'famille.banc' || x || '@exemple.fr', 'MARRIED', 'CAF', cast(1000000 + x as varchar), current_timestamp, 0,
       'famille banc' || x || '|famille.banc' || x || '@exemple.fr|montbazon'
from system_range(1, 10000);

insert into guardian (id, household_id, civility, last_name, first_name, email, mobile_phone, relationship, billed, version,
                      search_text)
select 1000000 + x, 1000000 + x, 'MME', 'BANC' || x, 'Camille', 'camille.banc' || x || '@exemple.fr', '06 12 34 56 78',
       'MOTHER', true, 0, 'camille banc' || x || '|banc' || x || ' camille|camille.banc' || x || '@exemple.fr|famille banc' || x
from system_range(1, 10000);

insert into child (id, last_name, first_name, birth_date, sex, school, school_class, version, search_text)
select 1000000 + x, 'BANC' || (1 + (x - 1) / 2), case when mod(x, 2) = 0 then 'Jules' else 'Lou' end,
       dateadd('DAY', -mod(x, 3000), date '2022-06-30'), case when mod(x, 2) = 0 then 'M' else 'F' end,
       'École du Banc', 'CE1', 0,
       case when mod(x, 2) = 0 then 'jules' else 'lou' end || ' banc' || (1 + (x - 1) / 2)
           || '|banc' || (1 + (x - 1) / 2) || ' ' || case when mod(x, 2) = 0 then 'jules' else 'lou' end
from system_range(1, 20000);

insert into household_child (household_id, child_id)
select 1000000 + 1 + (x - 1) / 2, 1000000 + x from system_range(1, 20000);

insert into family_quotient (id, household_id, amount, valid_from, valid_to, source)
select 1000000 + x, 1000000 + x, 400 + mod(x * 37, 1200), date '2026-01-01', null, 'CAF'
from system_range(1, 10000);
