/** The post module of the fixture: it publishes a view but does not say so. */
package post;
