-- failed sign-ins are counted per (username, client address) by the platform's guess_throttle
-- now: the count per username alone let anyone lock any account out
drop table login_attempt;
