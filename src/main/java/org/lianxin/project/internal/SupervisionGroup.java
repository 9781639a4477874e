package org.lianxin.project.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.SupervisionGroupJoined;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The deputies the office assigns to follow one chosen project (代表监督小组). Reassigning
 * keeps the day each one joined; only newcomers are announced.
 */
@Table("project_group")
class SupervisionGroup extends AbstractAggregateRoot<SupervisionGroup> {

	static final int MOST = 15;

	@Id
	private Long projectId;

	private String regionCode;

	@MappedCollection(idColumn = "project_id")
	private Set<GroupMember> members = new HashSet<>();

	@Version
	private Integer version;

	@PersistenceCreator
	private SupervisionGroup() {
	}

	/** The empty group of a chosen project, before anyone is assigned. */
	static SupervisionGroup of(Project project) {
		if (project.state() != ProjectState.CHOSEN) {
			throw new RuleViolationException(null, "project.state.illegal");
		}
		SupervisionGroup group = new SupervisionGroup();
		group.projectId = project.id();
		group.regionCode = project.regionCode();
		return group;
	}

	/** The group becomes exactly these deputies. */
	SupervisionGroup assign(Collection<Long> deputyIds, String projectTitle, LocalDate today, long by) {
		Set<Long> wanted = new LinkedHashSet<>(deputyIds);
		if (wanted.isEmpty()) {
			throw new RuleViolationException("deputyIds", "project.group.empty");
		}
		if (wanted.size() > MOST) {
			throw new RuleViolationException("deputyIds", "project.group.too-many", MOST);
		}
		Set<GroupMember> next = new HashSet<>();
		List<Long> newcomers = new java.util.ArrayList<>();
		for (long deputy : wanted) {
			GroupMember member = this.members.stream().filter(m -> m.deputyId() == deputy).findFirst().orElseGet(() -> {
				newcomers.add(deputy);
				return new GroupMember(deputy, today);
			});
			next.add(member);
		}
		this.members = next;
		registerEvent(new SupervisionStep(this.projectId, "GROUP", wanted.size() + " 名代表", by));
		if (!newcomers.isEmpty()) {
			registerEvent(new SupervisionGroupJoined(this.projectId, projectTitle, today, newcomers));
		}
		return this;
	}

	boolean has(long deputyId) {
		return this.members.stream().anyMatch(m -> m.deputyId() == deputyId);
	}

	// @formatter:off
	Long projectId() { return this.projectId; }
	Set<GroupMember> members() { return Set.copyOf(this.members); }
	// @formatter:on

}
