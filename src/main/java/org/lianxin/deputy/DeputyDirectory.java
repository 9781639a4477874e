package org.lianxin.deputy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.platform.web.LikePattern;
import org.lianxin.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deputies as anyone may see them, with no login and no scope: the card behind a QR code
 * and the public directory. Only public fields; never contact data.
 */
@Service
public class DeputyDirectory {

	private final JdbcClient jdbc;

	private final DeputyRegistry registry;

	DeputyDirectory(JdbcClient jdbc, DeputyRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/**
	 * The public face of a deputy, whatever the viewer's scope: it is shown to anyone who
	 * scans.
	 */
	public PublicDeputyCard publicCard(long id) {
		record Person(long id, String name, Gender gender, String party, String occupation, boolean hasPhoto) {
		}
		Person person = this.jdbc.sql(
				"select id, name, gender, party, occupation, photo_key is not null as has_photo from deputy where id = ?")
			.param(id)
			.query(Person.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("deputy " + id));
		List<MembershipView> seats = this.registry.membershipsOf(id);
		return new PublicDeputyCard(person.id(), person.name(), person.gender(), person.party(), person.occupation(),
				person.hasPhoto(), seats.stream().anyMatch(MembershipView::serving), seats);
	}

	/** A serving deputy as the public directory lists them: no contact data. */
	public record DirectoryEntry(String name, String seats, String districts, String publicCode) {
	}

	/** One page of the public directory's deputies, and how many match in all. */
	public record DirectoryPage(List<DirectoryEntry> entries, long total) {
	}

	/**
	 * Serving deputies for the public directory, by part of the name, region (and below)
	 * or electoral district, by name, one page at a time.
	 */
	public DirectoryPage directory(String text, String regionCode, String district, int offset, int limit) {
		StringJoiner where = new StringJoiner(" and ", " and ", "");
		Map<String, Object> params = new HashMap<>(Map.of("offset", offset, "limit", limit));
		where.add("true");
		if (text != null && !text.isBlank()) {
			where.add("d.name like :text");
			params.put("text", LikePattern.containing(text));
		}
		if (regionCode != null && !regionCode.isBlank()) {
			where.add("r.path like (select path from region_view where code = :regionCode) || '%'");
			params.put("regionCode", regionCode);
		}
		if (district != null && !district.isBlank()) {
			where.add("m.electoral_district like :district");
			params.put("district", LikePattern.containing(district));
		}
		String serving = """
				from deputy d join deputy_membership m on m.deputy_id = d.id and m.ended_on is null
				join congress_view c on c.id = m.congress_id join region_view r on r.code = m.region_code
				where true %s""".formatted(where);
		long total = this.jdbc.sql("select count(distinct d.id) " + serving).params(params).query(Long.class).single();
		List<DirectoryEntry> entries = this.jdbc
			.sql("""
					select d.name, string_agg(distinct c.name, '、') as seats,
					       string_agg(distinct m.electoral_district, '、') as districts,
					       (select pc.code from deputy_public_code pc where pc.deputy_id = d.id and pc.revoked_at is null) as public_code
					%s
					group by d.id, d.name order by d.name, d.id offset :offset limit :limit"""
				.formatted(serving))
			.params(params)
			.query(DirectoryEntry.class)
			.list();
		return new DirectoryPage(entries, total);
	}

}
