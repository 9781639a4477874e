package org.lianxin.boundaries;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * A module's root package is its API: every public type there is used by some other
 * module. What only the module itself uses belongs in its {@code internal} or {@code web}
 * package.
 */
final class ApiSurface {

	private ApiSurface() {
	}

	/**
	 * The public top-level types in the root package of a module (a direct sub-package of
	 * {@code base}) that no other module uses, by name.
	 */
	static List<String> unusedPublicTypes(JavaClasses classes, String base) {
		return classes.stream()
			.filter(type -> moduleOf(type, base).filter(module -> type.getPackageName().equals(base + "." + module))
				.isPresent())
			.filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
			.filter(type -> !type.getSimpleName().equals("package-info"))
			.filter(type -> classes.stream()
				.filter(candidate -> candidate.equals(type) || isNestedIn(candidate, type))
				.flatMap(target -> target.getDirectDependenciesToSelf().stream())
				.map(Dependency::getOriginClass)
				.map(origin -> moduleOf(origin, base))
				.noneMatch(module -> module.isPresent() && !module.equals(moduleOf(type, base))))
			.map(JavaClass::getName)
			.sorted()
			.toList();
	}

	private static boolean isNestedIn(JavaClass candidate, JavaClass outer) {
		Optional<JavaClass> enclosing = candidate.getEnclosingClass();
		while (enclosing.isPresent()) {
			if (enclosing.get().equals(outer)) {
				return true;
			}
			enclosing = enclosing.get().getEnclosingClass();
		}
		return false;
	}

	/** The module a type belongs to: the first package name below {@code base}. */
	private static Optional<String> moduleOf(JavaClass type, String base) {
		String name = type.getPackageName();
		if (!name.startsWith(base + ".")) {
			return Optional.empty();
		}
		String rest = name.substring(base.length() + 1);
		int dot = rest.indexOf('.');
		return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
	}

}
