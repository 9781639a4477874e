package org.lianxin.duty.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.lianxin.duty.internal.DutyRecordView;
import org.lianxin.duty.internal.RecordHistory;

/**
 * One duty record as the API gives it: the record as listed, and its history (who moved
 * it when, from which state to which, and why), oldest first.
 */
record RecordWithHistory(@JsonUnwrapped DutyRecordView record, List<RecordHistory.Entry> history) {
}
