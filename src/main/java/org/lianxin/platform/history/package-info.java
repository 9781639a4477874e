/**
 * Tamper evidence for the append-only histories: each module registers its hash-chained
 * history as a {@link org.lianxin.platform.history.HistoryChain} (the table and the
 * read-only view it publishes of the chain); the platform anchors every chain's heads
 * daily, checks the chains and anchors, and refuses to start in {@code prod} while the
 * application's database role could rewrite them.
 */
package org.lianxin.platform.history;
