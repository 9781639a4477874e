# shellcheck shell=bash
# legislation: issue 16's target. A draft of 200 articles with 20,000 opinions (written in SQL;
# one article, 第十二条, draws 2,000 of them, the most the merge suggestions read at once, the
# others about 90 each), closed for merging, with 2,000 merged opinions drafted from 10,000 of
# them. One client in a row measures the article-by-article page (which also computes the merge
# suggestions) and the merge suggestions through the API, p50/p95/p99 (target p95 <= 200 ms);
# then the report upward as .docx and as PDF, five times each (target <= 5 s).

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="a draft of 200 articles with 20,000 opinions: article view, merge suggestions, report .docx/PDF"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

# legislation_draft_text: 第一章 … 第二百条, two paragraphs each, in Chinese numerals as drafts are
legislation_draft_text() {
    python3 - <<'PY'
digits = "零一二三四五六七八九"
def cn(n):
    h, t, u = n // 100, n // 10 % 10, n % 10
    s = (digits[h] + "百") if h else ""
    if t:
        s += ("" if (t == 1 and not h) else digits[t]) + "十"
    elif h and u:
        s += "零"
    return s + (digits[u] if u else "")
lines = ["营口市测试条例（草案）"]
for a in range(1, 201):
    if a % 20 == 1:
        lines.append("第%s章 第%s部分" % (cn(a // 20 + 1), cn(a // 20 + 1)))
    lines.append("第%s条 本条规定测试事项%d的管理职责，县级以上人民政府有关部门按照职责分工做好相关工作。" % (cn(a), a))
    lines.append("违反本条规定的，由有关部门责令改正，并依照有关法律法规的规定处理。")
print("\n".join(lines))
PY
}

scenario_run() {
    local office point consultation base cookie body
    office=$(api_token office-210803)
    point=$(bench_psql -At -c "select id from venue where name = '西市区基层立法联系点'" | head -1)
    [[ -n $point ]] || die "no demo point 西市区基层立法联系点"
    consultation=$(curl -s --max-time 10 -X POST -H "Authorization: Bearer $office" -H 'Content-Type: application/json' \
        -d "{\"pointId\":$point,\"sourceLevel\":\"CITY\",\"sourceBody\":\"营口市人大常委会法制工作委员会\",
             \"title\":\"营口市测试条例（草案）\",\"receivedOn\":\"$(date +%F)\",\"answerDueOn\":\"$(date -d '+30 days' +%F)\"}" \
        "$APP_URL/api/v1/legislation/consultations" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') \
        || die "could not receive the consultation"
    body=$(legislation_draft_text | python3 -c 'import json, sys; print(json.dumps({"text": sys.stdin.read(), "note": "bench"}))')
    curl -s --max-time 30 -o /dev/null -X POST -H "Authorization: Bearer $office" -H 'Content-Type: application/json' \
        -d "$body" "$APP_URL/api/v1/legislation/consultations/$consultation/drafts"
    curl -s --max-time 10 -o /dev/null -X POST -H "Authorization: Bearer $office" \
        "$APP_URL/api/v1/legislation/consultations/$consultation/publish"
    # 20,000 opinions: every 10th on 第十二条, the rest over the 200 articles; texts from a few
    # dozen phrases, so that near-duplicates abound as they do in life
    bench_psql -q -c "
        insert into legislation_opinion (consultation_id, draft_version, article_number, text, channel, point_id,
                                         region_code, citizen_name, tracking_token)
        select $consultation, 1, case when i % 10 = 0 then 12 else 1 + (i * 7919) % 200 end,
               (array['建议','希望','应当','请考虑'])[1 + i % 4]
               || (array['明确','细化','增加','删除','修改','补充','完善'])[1 + i % 7]
               || (array['主管部门的职责','经费保障','处罚标准','信息公开','群众参与','人才引进','考核评价',
                         '住房补贴','监督检查','法律责任','奖励措施','培训制度','服务平台'])[1 + (i / 7) % 13]
               || (array['的规定','的条款','的内容','方面的要求'])[1 + (i / 91) % 4]
               || (array['，便于操作','，避免多头管理','，提高可执行性','，与上位法衔接','，切实保障群众权益',''])[1 + (i / 3) % 6]
               || '（' || i || '）',
               'QR_PAGE', $point, '210803', '测试群众' || i, 'B' || lpad(i::text, 19, '0')
        from generate_series(1, 20000) i;
        update legislation_consultation set stage = 'MERGING' where id = $consultation;"
    # 2,000 merged opinions, each keeping 5 opinions (none on 第十二条, whose suggestions are measured)
    bench_psql -q -c "
        with m as (insert into legislation_merged_opinion (consultation_id, article_number, text, reason, state)
                   select $consultation, 1 + (g % 199) + case when 1 + (g % 199) >= 12 then 1 else 0 end,
                          '合并意见' || g || '：建议明确主管部门的职责，细化法律责任条款。', '多名群众提出', 'DRAFTED'
                   from generate_series(1, 2000) g returning id, article_number),
             ranked as (select m.id, m.article_number, row_number() over (partition by m.article_number order by m.id) as k from m),
             o as (select o.id, o.article_number, (row_number() over (partition by o.article_number order by o.id) - 1) / 5 + 1 as k
                   from legislation_opinion o where o.consultation_id = $consultation and o.article_number <> 12)
        update legislation_opinion t set merged_into = r.id from o join ranked r using (article_number, k) where t.id = o.id;
        analyze legislation_opinion; analyze legislation_merged_opinion;"
    log "consultation $consultation: $(bench_psql -At -c "select count(*) || ' opinions, ' || count(merged_into) || ' merged' from legislation_opinion where consultation_id = $consultation")"

    base="$APP_URL/api/v1/legislation/consultations/$consultation"
    cookie=$(session_cookie office-210803)
    local hot="$APP_URL/legislation/consultations/$consultation/opinions?article=12"
    local usual="$APP_URL/legislation/consultations/$consultation/opinions?article=100"
    local suggest="$base/merge-suggestions?article=12"
    check_get "$suggest" "$BENCH_TMP/suggestions.json" "$office"
    log "suggestions on 第十二条: $(python3 -c 'import json, sys; g = json.load(open(sys.argv[1])); print(len(g), "groups,", sum(map(len, g)), "opinions")' "$BENCH_TMP/suggestions.json")"
    local target label url p
    for target in "article view, 第十二条 (2,000 opinions)|$hot|page" "article view, 第一百条 (~90 opinions)|$usual|page" \
        "merge suggestions, 第十二条 (API)|$suggest|api"; do
        IFS='|' read -r label url kind <<<"$target"
        if [[ $kind == page ]]; then
            SEQ_COOKIE=$cookie python3 "$BENCH_DIR/sequential.py" "$url" 50 >/dev/null || die "$url failed"
            p=$(SEQ_COOKIE=$cookie python3 "$BENCH_DIR/sequential.py" "$url" 200) || die "$url failed"
        else
            SEQ_TOKEN=$office python3 "$BENCH_DIR/sequential.py" "$url" 50 SEQ_TOKEN >/dev/null || die "$url failed"
            p=$(SEQ_TOKEN=$office python3 "$BENCH_DIR/sequential.py" "$url" 200 SEQ_TOKEN) || die "$url failed"
        fi
        read -r p50 p95 p99 <<<"$p"
        note "one client in a row, $label: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms (200 requests)"
        log "$label: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
    done

    local format url status seconds worst n
    for format in docx pdf; do
        url="$APP_URL/legislation/consultations/$consultation/report.$format"
        worst=0
        for n in 1 2 3 4 5; do
            read -r status seconds < <(curl -s --max-time 60 -H "Cookie: $cookie" -o "$BENCH_TMP/report.$format" \
                -w '%{http_code} %{time_total}\n' "$url")
            if [[ $status != 200 ]]; then break; fi
            worst=$(awk -v a="$worst" -v b="$seconds" 'BEGIN { print (b > a) ? b : a }')
        done
        if [[ $status == 200 ]]; then
            note "report upward as .$format (2,000 merged opinions, 200 articles): slowest of 5 $worst s, $(wc -c <"$BENCH_TMP/report.$format") bytes"
        else
            note "report upward as .$format answered HTTP $status"
        fi
        log "report.$format: HTTP $status, slowest $worst s"
    done
}
