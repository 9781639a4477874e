package org.lianxin.duty.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DutyNavigation {

	@Bean
	NavItem dutyMineNavItem() {
		return new NavItem(11, "nav.duty-mine", "/duty/mine", DutyPermissions.EDIT);
	}

	@Bean
	NavItem dutyDailyReportNavItem() {
		return new NavItem(13, "nav.duty-daily", "/duty/daily-report", DutyPermissions.VERIFY);
	}

	@Bean
	NavItem dutyTypesNavItem() {
		return new NavItem(74, "nav.duty-types", "/duty/record-types", DutyPermissions.TYPE_EDIT);
	}

	@Bean
	NavItem dutyEvaluationsNavItem() {
		return new NavItem(14, "nav.duty-evaluations", "/duty/evaluations", DutyPermissions.EVALUATION_VIEW);
	}

	@Bean
	NavItem dutyRecordsNavItem() {
		return new NavItem(12, "nav.duty-records", "/duty/records", DutyPermissions.VIEW);
	}

	@Bean
	NavItem dutyVoterReportsNavItem() {
		return new NavItem(15, "nav.voter-reports", "/duty/voter-reports", DutyPermissions.VOTER_REPORT_VIEW);
	}

	@Bean
	NavItem dutyTrainingsNavItem() {
		return new NavItem(15, "nav.trainings", "/duty/trainings", DutyPermissions.TRAINING_VIEW);
	}

}
