package org.lianxin.platform.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The public pages being rendered now, each by one request at a time: when a kept page
 * expires under a crowd, the others wait for that request's page instead of all rendering
 * it at once (bench/scenarios/projects.sh at 1m: 64 clients rendering the same projects
 * page together answered 1.5 requests a second, against nginx's 12,025).
 */
final class RenderedOnce {

	/** How long a request waits for another's rendering before rendering itself. */
	private static final Duration WAIT = Duration.ofSeconds(5);

	final ConcurrentMap<String, CompletableFuture<PublicPageCache.Page>> rendering = new ConcurrentHashMap<>();

	/**
	 * The page another request is rendering now, once it is done; null if none is, if its
	 * page was not kept, or if it took too long.
	 */
	PublicPageCache.Page byAnother(String key) {
		CompletableFuture<PublicPageCache.Page> running = this.rendering.get(key);
		if (running == null) {
			return null;
		}
		try {
			return running.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** This request renders the page; others asking meanwhile wait for it. */
	Claim claim(String key) {
		CompletableFuture<PublicPageCache.Page> mine = new CompletableFuture<>();
		return new Claim(key, mine, this.rendering.putIfAbsent(key, mine) == null);
	}

	/**
	 * A request's rendering of a page: only the first of several keeps what it renders.
	 */
	final class Claim {

		private final String key;

		private final CompletableFuture<PublicPageCache.Page> future;

		private final boolean mine;

		private Claim(String key, CompletableFuture<PublicPageCache.Page> future, boolean mine) {
			this.key = key;
			this.future = future;
			this.mine = mine;
		}

		boolean isMine() {
			return this.mine;
		}

		/** The page rendered (null if not kept): those waiting get it. */
		void done(PublicPageCache.Page page) {
			this.future.complete(page);
			if (this.mine) {
				RenderedOnce.this.rendering.remove(this.key, this.future);
			}
		}

	}

}
