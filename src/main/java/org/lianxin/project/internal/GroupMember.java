package org.lianxin.project.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A deputy of a project's supervision group, since the day they were assigned. */
@Table("project_group_member")
record GroupMember(long deputyId, LocalDate joinedOn) {
}
