-- Portal accounts for the first guardian of each demo household that has none, with the demo parent's
-- password (Demo-2026!), so that bench/calendar can log 20 different parents in at once.
insert into user_account (id, email, display_name, password_hash, role, household_id, guardian_id, enabled,
                          must_change_password, created_at, version, credentials_changed_at)
select 900000 + g.id, 'bench.parent' || g.id || '@portail-familles.test', 'Bench ' || g.id, d.password_hash, 'PARENT',
       g.household_id, g.id, true, false, current_timestamp, 0, current_timestamp
from guardian g
cross join (select password_hash from user_account where email = 'parent.demo@portail-familles.test') d
where g.id in (select min(id) from guardian group by household_id)
  and g.household_id not in (select household_id from user_account where household_id is not null);
