package org.lianxin.deputy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.platform.excel.SheetForm;

/**
 * The deputies workbook: one row per deputy and seat, the columns below; the template
 * offers the genders and the congresses the user may import into as drop-down lists.
 */
public final class DeputyWorkbook {

	/** The columns, in order; a * marks the required ones. */
	public static final SheetForm FORM = new SheetForm("人大代表",
			List.of("姓名*", "性别", "民族", "出生年份", "政治面貌", "职业", "工作单位", "手机号码", "简介", "人民代表大会*", "选区", "代表小组", "当选日期*"),
			5000);

	private DeputyWorkbook() {
	}

	/** The empty template with an example row and drop-down lists. */
	public static byte[] template(List<String> congressNames) {
		Map<Integer, List<String>> dropDowns = new LinkedHashMap<>();
		dropDowns.put(1, List.of("男", "女"));
		dropDowns.put(9, congressNames);
		return FORM.template(
				List.of("张三", "男", "汉族", "1970", "中共党员", "社区党委书记", "某街道某社区", "13800000000", "（可选）",
						congressNames.isEmpty() ? "" : congressNames.get(0), "第一选区", "某街道代表小组", "2021-11-15"),
				dropDowns);
	}

}
