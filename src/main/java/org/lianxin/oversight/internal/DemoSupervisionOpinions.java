package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 盖州市's 9 supervision opinions (监督意见) to the government after the joint inspection of a
 * city regulation with the city congress, as the source reports them: one letter of nine
 * items, each for the department that must act, drafted and sent through the module's own
 * steps (so its history and its clock on the supervision watch are the real ones).
 */
@Component
@Profile("demo")
class DemoSupervisionOpinions {

	/** Each item and the code of the department responsible for it. */
	private static final List<String[]> ITEMS = List.of(new String[] { "全面摸清地热水取水井底数，建立一井一档台账", "210881-ZJJ" },
			new String[] { "依法查处无证取用地热水行为，限期封停违规取水井", "210881-CGJ" },
			new String[] { "安装取水计量设施，实行地热水取用总量控制", "210881-ZJJ" }, new String[] { "规范温泉经营场所的地热水使用和收费公示", "210881-SJJ" },
			new String[] { "加强温泉洗浴场所水质卫生监测", "210881-WJJ" }, new String[] { "推动地热尾水回灌和梯级利用，减少资源浪费", "210881-ZJJ" },
			new String[] { "规范农业设施取用地热水，纳入统一管理", "210881-NYJ" }, new String[] { "开展条例宣传，引导经营主体依法取用", "210881-CGJ" },
			new String[] { "建立部门联合执法和信息共享机制，定期向常委会报告", "210881-ZJJ" });

	private final DeliberationOpinions opinions;

	private final JdbcClient jdbc;

	DemoSupervisionOpinions(DeliberationOpinions opinions, JdbcClient jdbc) {
		this.opinions = opinions;
		this.jdbc = jdbc;
	}

	/** Drafts and sends the opinions on the joint inspection {@code activityId}. */
	void send(CurrentUser office, long activityId, String inspection, LocalDate today) {
		List<NewDeliberation.Item> items = ITEMS.stream()
			.map(item -> new NewDeliberation.Item(item[0], agency(item[1]), today.plusMonths(3)))
			.toList();
		long id = this.opinions.draft(office, new NewDeliberation(null, null, activityId, inspection,
				"关于《营口市地热水资源管理条例》贯彻实施情况的监督意见", agency("210881-ZJJ"), items));
		this.opinions.send(office, id, "盖人大常函〔" + today.getYear() + "〕1号");
	}

	private long agency(String code) {
		return this.jdbc.sql("select id from agency_view where code = ?").param(code).query(Long.class).single();
	}

}
