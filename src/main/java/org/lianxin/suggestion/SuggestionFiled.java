package org.lianxin.suggestion;

import java.time.LocalDate;

/**
 * A deputy filed a suggestion (提出建议): a duty done by the lead deputy.
 *
 * @param deputyId the lead deputy who filed it
 */
public record SuggestionFiled(long suggestionId, long deputyId, long congressId, String title, LocalDate filedOn) {
}
