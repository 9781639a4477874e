package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One item a B or C reply promises, with the day it is due. */
@Table("suggestion_reply_item")
public record ReplyItem(String text, LocalDate dueOn) {
}
