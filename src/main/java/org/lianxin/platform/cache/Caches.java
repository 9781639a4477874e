package org.lianxin.platform.cache;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a node keeps something in memory (Caffeine, bounded in size and time), and
 * the one way a change reaches every node's copy: {@link #changed} evicts here and
 * announces the change with PostgreSQL's {@code NOTIFY}, which every node's
 * {@link CacheInvalidationListener} hears within a second. Sent inside the caller's
 * transaction, the announcement goes out only if the change is committed.
 */
@Component
public class Caches {

	/**
	 * The PostgreSQL channel the announcements travel on; the payload is the cache's
	 * name.
	 */
	static final String CHANNEL = "lianxin_cache";

	/** Between the cache's name and each changed key in an announcement. */
	private static final String KEYS = "\n";

	/** PostgreSQL takes a payload under 8,000 bytes; keys are ASCII. */
	private static final int MOST_ANNOUNCED = 7_000;

	private static final Logger logger = LoggerFactory.getLogger(Caches.class);

	private final Map<SharedCache, Cache<Object, Object>> caches = new EnumMap<>(SharedCache.class);

	private final JdbcClient jdbc;

	Caches(JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (SharedCache name : SharedCache.values()) {
			this.caches.put(name,
					Caffeine.newBuilder()
						.expireAfterWrite(name.timeToLive())
						.maximumSize(name.maximumEntries())
						.build());
		}
	}

	/** The node's copy of this cache; its keys and values are the caller's to choose. */
	@SuppressWarnings("unchecked")
	public <K, V> Cache<K, V> of(SharedCache name) {
		return (Cache<K, V>) (Cache<?, ?>) this.caches.get(name);
	}

	/**
	 * What this cache holds has changed: every node forgets it. Within a transaction this
	 * node forgets it at once (so the transaction itself reads its own change) and again
	 * when the transaction ends (a reader may have cached the old rows meanwhile, or the
	 * change was rolled back); the other nodes hear of it once it is committed.
	 */
	public void changed(SharedCache name) {
		evictLocally(name);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			announce(name);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evictLocally(name);
				}
			});
		}
		else {
			try {
				announce(name);
			}
			catch (DataAccessException ex) {
				// the database is out of reach: the other nodes' listeners lose their
				// connection too, and forget everything when they get it back
				logger.debug("Could not announce a change of {}: {}", name, ex.toString());
			}
		}
	}

	/**
	 * Only these entries of the cache have changed (the public page of one region and
	 * year): every node forgets them and keeps the rest, as {@link #changed(SharedCache)}
	 * does for the whole cache. Too many keys for one announcement forget the whole
	 * cache.
	 */
	public void changed(SharedCache name, Collection<String> keys) {
		String payload = name.name() + KEYS + String.join(KEYS, keys);
		if (keys.isEmpty() || payload.length() > MOST_ANNOUNCED) {
			changed(name);
			return;
		}
		Runnable evict = () -> this.caches.get(name).invalidateAll(keys);
		evict.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			announce(payload);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evict.run();
				}
			});
		}
		else {
			try {
				announce(payload);
			}
			catch (DataAccessException ex) {
				logger.debug("Could not announce a change of {}: {}", name, ex.toString());
			}
		}
	}

	private void announce(SharedCache name) {
		announce(name.name());
	}

	private void announce(String payload) {
		this.jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query((RowCallbackHandler) row -> {
		});
	}

	void evictLocally(SharedCache name) {
		this.caches.get(name).invalidateAll();
	}

	/**
	 * What another node announced: the cache's name, then the changed keys if only some.
	 */
	void evictLocally(String announcement) {
		String[] parts = announcement.split(KEYS);
		SharedCache name = SharedCache.valueOf(parts[0]);
		if (parts.length == 1) {
			evictLocally(name);
		}
		else {
			this.caches.get(name).invalidateAll(Arrays.asList(parts).subList(1, parts.length));
		}
	}

	void evictAllLocally() {
		this.caches.values().forEach(Cache::invalidateAll);
	}

}
