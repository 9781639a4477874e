package org.lianxin.station.internal;

import org.lianxin.station.VenueRegistry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.station.internal.StandardCheck;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standards checklist of liaison venues: the items (edited by administrators) and
 * each venue's state.
 */
@Service
public class VenueStandards {

	public static final String EDIT_PERMISSION = "station:standard:edit";

	private final JdbcClient jdbc;

	private final VenueRegistry venues;

	private final OperationLog log;

	VenueStandards(JdbcClient jdbc, VenueRegistry venues, OperationLog log) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.log = log;
	}

	/** A checklist item. */
	public record Standard(long id, String name, int sortOrder, boolean enabled) {
	}

	public List<Standard> all() {
		return this.jdbc.sql("select id, name, sort_order, enabled from venue_standard order by sort_order, id")
			.query(Standard.class)
			.list();
	}

	@Transactional
	public void save(Long id, String name, int sortOrder, boolean enabled) {
		String clean = (name == null) ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 32) {
			throw new RuleViolationException("name", "standard.name.invalid");
		}
		try {
			if (id == null) {
				this.jdbc.sql("insert into venue_standard (name, sort_order, enabled) values (?, ?, ?)")
					.params(clean, sortOrder, enabled)
					.update();
			}
			else {
				this.jdbc.sql("update venue_standard set name = ?, sort_order = ?, enabled = ? where id = ?")
					.params(clean, sortOrder, enabled, id)
					.update();
			}
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("name", "standard.name.taken", clean);
		}
		this.log.record("station.standard.save", (id != null) ? "standard " + id : null, clean);
	}

	/** The venue against every enabled standard. */
	public List<StandardCheck> checklist(CurrentUser user, long venueId) {
		this.venues.get(user, venueId);
		return this.jdbc.sql("""
				select s.id as standard_id, s.name, st.met, st.note
				from venue_standard s left join venue_standard_state st on st.standard_id = s.id and st.venue_id = ?
				where s.enabled order by s.sort_order, s.id""").param(venueId).query(StandardCheck.class).list();
	}

	/** Records a check of the venue: the standards met, the rest not met. */
	@Transactional
	public void check(CurrentUser user, long venueId, Set<Long> met, Map<Long, String> notes) {
		this.venues.get(user, venueId);
		for (Standard standard : all()) {
			if (!standard.enabled()) {
				continue;
			}
			String note = notes.getOrDefault(standard.id(), "").strip();
			this.jdbc
				.sql("""
						insert into venue_standard_state (venue_id, standard_id, met, note, checked_by) values (?, ?, ?, ?, ?)
						on conflict (venue_id, standard_id) do update
						set met = excluded.met, note = excluded.note, checked_at = now(), checked_by = excluded.checked_by""")
				.params(venueId, standard.id(), met.contains(standard.id()),
						note.isEmpty() ? null : note.substring(0, Math.min(note.length(), 200)), user.username())
				.update();
		}
		this.log.record("station.standard.check", "venue " + venueId, met.size() + " met");
	}

}
