package org.lianxin.boundaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who owns which table, read from the migrations: a table belongs to the module whose
 * folder ({@code db/migration/<module>/}) creates it, and so does a view, which is how a
 * module publishes its data to the others. A module's code may name its own tables and
 * any module's views, never another module's table.
 */
final class TableOwnership {

	private static final Pattern CREATE = Pattern
		.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/** Where SQL names a table it reads or writes. */
	private static final Pattern NAMED = Pattern
		.compile("\\b(?:from|join|into|update|truncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)\\b");

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//[^\n]*", Pattern.DOTALL);

	/** Table → owning module. */
	private final Map<String, String> tables = new TreeMap<>();

	/** View → publishing module. */
	private final Map<String, String> views = new TreeMap<>();

	private TableOwnership() {
	}

	/** The ownership map of the migrations under {@code migrations/<module>/}. */
	static TableOwnership of(Path migrations) {
		TableOwnership ownership = new TableOwnership();
		for (Path folder : list(migrations)) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			String module = folder.getFileName().toString();
			for (Path script : list(folder)) {
				Matcher created = CREATE.matcher(read(script).toLowerCase(Locale.ROOT));
				while (created.find()) {
					(created.group(1).equals("table") ? ownership.tables : ownership.views).put(created.group(2),
							module);
				}
			}
		}
		return ownership;
	}

	Map<String, String> tables() {
		return this.tables;
	}

	Map<String, String> views() {
		return this.views;
	}

	/**
	 * Every place where the code of a module (the first folder below {@code sources})
	 * names a table another module owns, as {@code module/path:line names table t of
	 * module m}.
	 */
	List<String> violations(Path sources) {
		List<String> found = new ArrayList<>();
		for (Path file : javaFiles(sources)) {
			Path relative = sources.relativize(file);
			String module = relative.getName(0).toString();
			String code = withoutComments(read(file));
			Matcher named = NAMED.matcher(code.toLowerCase(Locale.ROOT));
			while (named.find()) {
				String owner = this.tables.get(named.group(1));
				if (owner != null && !owner.equals(module)) {
					int line = 1 + (int) code.substring(0, named.start()).chars().filter(c -> c == '\n').count();
					found.add("%s:%d names table %s of module %s".formatted(relative.toString().replace('\\', '/'),
							line, named.group(1), owner));
				}
			}
		}
		return found;
	}

	/**
	 * The views a module creates but does not name in its {@code package-info.java}: a
	 * published view is part of the module's API and documented there.
	 */
	List<String> undocumentedViews(Path sources) {
		List<String> found = new ArrayList<>();
		this.views.forEach((view, module) -> {
			Path packageInfo = sources.resolve(module).resolve("package-info.java");
			if (!Files.exists(packageInfo) || !read(packageInfo).contains(view)) {
				found.add("view %s is not documented in %s/package-info.java".formatted(view, module));
			}
		});
		return found;
	}

	/**
	 * Comments out, line breaks kept so that line numbers still match: prose may say
	 * "from region" without being SQL.
	 */
	private static String withoutComments(String code) {
		Matcher comment = COMMENT.matcher(code);
		StringBuilder out = new StringBuilder();
		while (comment.find()) {
			comment.appendReplacement(out, Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", " ")));
		}
		comment.appendTail(out);
		return out.toString();
	}

	private static List<Path> javaFiles(Path sources) {
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> list(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
