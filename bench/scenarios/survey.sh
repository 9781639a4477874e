# shellcheck shell=bash
# survey: issue 14's target for casting ballots. 2,000 deputies of one deputy group, each with
# an API token, vote in one survey within one minute (arrivals spread at random over 60 s,
# at most 64 at a time); p50/p95/p99 of the POSTs, then the survey is closed and the count is
# checked against what was sent: every ballot counted once, every answer where it was cast.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="2,000 deputies cast a ballot within one minute, then the count is checked"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    local admin voters=${BENCH_VOTERS:-2000} congress group survey opens closes
    admin=$(api_token admin)
    congress=$(bench_psql -At -c "select id from congress where region_code = '210800'" | head -1)
    group=$(bench_psql -At -c "insert into deputy_group (congress_id, name) values ($congress, 'bench 投票组 ' || now())
        returning id" | head -1)
    # the voters: deputies with a seat in the group, an account each and a bearer token
    # 'lx_bench-vote-<n>' (only its SHA-256 is stored, as the application stores tokens)
    bench_psql -q -c "
        with d as (insert into deputy (name, gender, occupation, phone_masked)
                   select '投票代表' || lpad(i::text, 5, '0'), 'MALE', '测试职业', '139****0000'
                   from generate_series(1, $voters) i returning id, name)
        insert into deputy_membership (deputy_id, congress_id, region_code, group_id, started_on)
        select d.id, $congress, '210800', $group, date '2022-01-10' from d;
        insert into staff_user (username, display_name, password_hash, region_code, data_scope)
        select 'vote-' || lpad(i::text, 5, '0'), '投票代表' || i, (select password_hash from staff_user where username = 'admin'),
               '210800', 'OWN_RECORDS' from generate_series(1, $voters) i on conflict (username) do nothing;
        insert into user_role (user_id, role_id)
        select u.id, r.id from staff_user u join role r on r.code = 'DEPUTY' where u.username like 'vote-%' on conflict do nothing;
        insert into deputy_account (user_id, deputy_id)
        select u.id, d.id from staff_user u join deputy d on d.name = '投票代表' || lpad(substr(u.username, 6)::int::text, 5, '0')
        where u.username like 'vote-%' on conflict do nothing;
        insert into api_token (user_id, token_hash, label, expires_at)
        select u.id, encode(sha256(convert_to('lx_bench-vote-' || substr(u.username, 6)::int, 'UTF8')), 'hex'), 'bench', now() + interval '1 day'
        from staff_user u where u.username like 'vote-%';"
    opens=$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%SZ)
    closes=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
    survey=$(curl -s --max-time 10 -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"series\":\"bench\",\"year\":2026,\"title\":\"bench 满意度测评\",\"scale\":\"SATISFACTION\",
             \"electorate\":\"GROUP\",\"congressId\":$congress,\"groupId\":$group,\"opensAt\":\"$opens\",
             \"closesAt\":\"$closes\",\"minCount\":5,\"items\":[{\"label\":\"市政府\"},{\"label\":\"市法院\"},{\"label\":\"市检察院\"}]}" \
        "$APP_URL/api/v1/surveys" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') \
        || die "could not set up the survey"
    curl -s --max-time 10 -o /dev/null -X POST -H "Authorization: Bearer $admin" "$APP_URL/api/v1/surveys/$survey/open"
    log "survey $survey open for $voters deputies of group $group"
    local out
    out=$(python3 "$BENCH_DIR/cast.py" "$APP_URL" "$survey" "$voters" 60 64 "$BENCH_TMP/sent.json") \
        || die "casting failed: $out"
    note "casting: $out"
    curl -s --max-time 60 -o /dev/null -X POST -H "Authorization: Bearer $admin" "$APP_URL/api/v1/surveys/$survey/close"
    check_get "$APP_URL/api/v1/surveys/$survey" "$BENCH_TMP/result.json" "$admin"
    note "count: $(python3 "$BENCH_DIR/cast.py" --check "$BENCH_TMP/sent.json" "$BENCH_TMP/result.json")"
    # a second vote of a deputy who has voted is refused (409) and changes nothing
    note "a second vote answers $(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -X POST \
        -H 'Authorization: Bearer lx_bench-vote-1' -H 'Content-Type: application/json' -d '{"answers":[1,1,1]}' \
        "$APP_URL/api/v1/surveys/$survey/ballots")"
}
