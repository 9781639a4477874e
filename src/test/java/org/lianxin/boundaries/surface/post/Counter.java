package org.lianxin.boundaries.surface.post;

/** Not public: none of the check's business. */
class Counter {

}
