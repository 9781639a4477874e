package org.lianxin.platform.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code backup} and {@code restore}, run from the application's jar before Spring
 * starts, so that they work whether the platform is running (online backup) or not, and
 * need nothing but the jar:
 *
 * <pre>
 * java -jar lianxin.jar backup [--data=./data] [--to=lianxin-backup-20261130-0200.zip]
 * java -jar lianxin.jar restore --from=lianxin-backup-20261130-0200.zip --to=./data-restored
 * </pre>
 */
public final class BackupCommand {

	private static final Set<String> COMMANDS = Set.of("backup", "restore");

	private BackupCommand() {
	}

	/** Whether the arguments ask for one of these commands rather than the platform. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * @return the process's exit code: 0 done, 1 failed, 2 wrong arguments
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String[] option = args[i].split("=", 2);
			if (!option[0].startsWith("--") || option.length < 2 || option[1].isBlank()) {
				return usage(err, "not understood: " + args[i]);
			}
			options.put(option[0].substring(2), option[1]);
		}
		try {
			if (args[0].equals("backup")) {
				if (!Set.of("data", "to").containsAll(options.keySet())) {
					return usage(err, "backup takes --data and --to");
				}
				Path target = Path.of(options.getOrDefault("to", "lianxin-backup-"
						+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"));
				Backup.create(new DeploymentLayout(Path.of(options.getOrDefault("data", "./data"))), target, out);
			}
			else {
				if (!options.keySet().equals(Set.of("from", "to"))) {
					return usage(err, "restore takes --from and --to");
				}
				Restore.restore(Path.of(options.get("from")), Path.of(options.get("to")), out);
			}
			return 0;
		}
		catch (Exception ex) {
			err.println("失败 / Failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println("usage: backup [--data=./data] [--to=lianxin-backup-<time>.zip]");
		err.println("       restore --from=<backup.zip> --to=<new directory>");
		return 2;
	}

}
