package org.lianxin;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modules_only_use_each_others_public_api_and_form_no_cycles() {
		ApplicationModules.of(LianxinApplication.class).verify();
	}

}
