-- A case that moved on, or got a new due date, starts its supervision afresh. The case's
-- repository writes its state without knowing the escalation level, which only the
-- supervision job raises (without a version check), so the database resets it.
create function opinion_step_restarts_supervision() returns trigger language plpgsql as $$
begin
    if new.status is distinct from old.status or new.stage_due_on is distinct from old.stage_due_on then
        new.escalation_level := 0;
    end if;
    return new;
end $$;
create trigger opinion_step_restarts_supervision before update of status, stage_due_on on opinion
    for each row execute function opinion_step_restarts_supervision();
