package org.lianxin.legislation;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.station.VenueRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A point's public page tells everyone what became of the opinions gathered there (issue
 * 16, item 5), as the demo shows it: 西市区's answered drafts, 站前区's open one.
 */
@LianxinTest
class PublicOutcomesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VenueRegistry venues;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_information_points_public_page_shows_the_legislatures_answers_on_what_was_gathered_without_names()
			throws Exception {
		String adopted = this.jdbc
			.sql("""
					select m.text from legislation_merged_opinion m join legislation_consultation c on c.id = m.consultation_id
					join venue_view v on v.id = c.point_id
					where v.name = '西市区基层立法联系点' and m.outcome = 'ADOPTED' order by m.id limit 1""")
			.query(String.class)
			.single();
		long infoPoint = this.jdbc.sql("""
				select i.id from venue_view i join venue_view p on p.id = i.parent_id
				where p.name = '西市区基层立法联系点' order by i.id limit 1""").query(Long.class).single();

		this.mvc.perform(get("/v/{code}/legislation", this.venues.codeOf(infoPoint)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("立法机关的反馈"), containsString(adopted), containsString("已采纳"),
					containsString("人提出"), not(containsString("1380417")))));
	}

	@Test
	void zhanqians_point_opens_the_citys_talent_development_regulation_for_opinions() throws Exception {
		long point = this.jdbc.sql("select id from venue_view where name = '站前区立法信息采集点'").query(Long.class).single();
		this.mvc.perform(get("/v/{code}/legislation", this.venues.codeOf(point)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("营口市人才发展促进条例（草案）")));
	}

}
