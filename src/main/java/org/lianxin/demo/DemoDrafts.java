package org.lianxin.demo;

/**
 * The text of a demo draft: twelve articles in three chapters, numbered as drafts are, so
 * that the real import reads it. Written for the demo, not taken from any draft.
 */
final class DemoDrafts {

	static final int ARTICLES = 12;

	private DemoDrafts() {
	}

	static String text(String title, String subject) {
		return """
				%1$s
				第一章　总则
				第一条　为了规范和促进%2$s工作，保障人民群众合法权益，根据有关法律、行政法规，结合本地实际，制定本条例。
				第二条　本行政区域内的%2$s及其监督管理活动，适用本条例。
				第三条　县级以上人民政府应当加强对%2$s工作的领导，将其纳入国民经济和社会发展规划，建立协调机制。
				乡镇人民政府、街道办事处应当做好本辖区内%2$s的相关工作。
				第四条　县级以上人民政府有关部门按照各自职责，做好%2$s相关工作。
				第二章　保障与促进
				第五条　县级以上人民政府应当安排必要经费，保障%2$s工作的开展。
				第六条　鼓励社会力量依法参与%2$s工作。
				第七条　有关部门应当建立%2$s信息公开制度，及时公开相关信息。
				第八条　鼓励开展%2$s的宣传教育，提高全社会的参与意识。
				第三章　监督管理与法律责任
				第九条　有关部门应当加强对%2$s的监督检查，发现问题及时督促整改。
				第十条　任何单位和个人有权对违反本条例的行为进行投诉、举报。
				第十一条　违反本条例规定的，由有关部门责令改正；法律、法规另有规定的，从其规定。
				第十二条　本条例自公布之日起施行。
				""".formatted(title, subject);
	}

}
