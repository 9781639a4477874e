package org.lianxin.duty.internal;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.WorkbenchItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Duty records waiting on the workbench: those to verify for whoever verifies, those
 * returned for the deputy who must correct them; counted with the record list's own
 * condition.
 */
@Configuration(proxyBeanMethods = false)
class DutyWorkbench {

	@Bean
	WorkbenchItem dutyRecordsToVerifyWork(DutyRecords records) {
		return inState(records, "duty.to-verify", 21, RecordState.SUBMITTED, true);
	}

	@Bean
	WorkbenchItem dutyRecordsReturnedWork(DutyRecords records) {
		return inState(records, "duty.returned", 62, RecordState.RETURNED, false);
	}

	private static WorkbenchItem inState(DutyRecords records, String key, int order, RecordState state,
			boolean verifier) {
		DutyRecords.Filter filter = new DutyRecords.Filter(null, null, null, null, state);
		return WorkbenchItem.of(key, "workbench." + key, order, "/duty/records?state=" + state.name(),
				user -> verifier ? user.can(DutyPermissions.VERIFY) : deputy(user),
				user -> records.count(user, filter));
	}

	private static boolean deputy(CurrentUser user) {
		return user.can(DutyPermissions.EDIT) && user.scope().kind() == DataScopeKind.OWN_RECORDS;
	}

}
