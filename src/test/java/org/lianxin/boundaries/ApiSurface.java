package org.lianxin.boundaries;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module's root package is its API: every public type there is used by some other
 * module. What only the module itself uses belongs in its {@code internal} or {@code web}
 * package.
 */
final class ApiSurface {

	private ApiSurface() {
	}

	/**
	 * The public top-level types in a module's root package that no other module uses.
	 */
	static List<String> unusedPublicTypes(ApplicationModules modules) {
		Set<String> used = modules.stream()
			.flatMap(module -> module.getDirectDependencies(modules)
				.stream()
				.filter(dependency -> !dependency.getTargetModule().equals(module)))
			.map(dependency -> topLevel(dependency.getTargetType()).getName())
			.collect(Collectors.toSet());
		return modules.stream()
			.flatMap(module -> rootTypes(module).stream())
			.filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getName)
			.filter(name -> !used.contains(name))
			.sorted()
			.toList();
	}

	private static List<JavaClass> rootTypes(ApplicationModule module) {
		String root = module.getBasePackage().getName();
		return module.getBasePackage()
			.stream()
			.filter(type -> type.getPackageName().equals(root) && type.isTopLevelClass())
			.filter(type -> !type.getSimpleName().equals("package-info"))
			.toList();
	}

	private static JavaClass topLevel(JavaClass type) {
		JavaClass outer = type;
		Optional<JavaClass> enclosing = type.getEnclosingClass();
		while (enclosing.isPresent()) {
			outer = enclosing.get();
			enclosing = outer.getEnclosingClass();
		}
		return outer;
	}

}
