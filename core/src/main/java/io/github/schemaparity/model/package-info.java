/**
 * The normalised, engine-neutral catalog model that capture produces, snapshots store and the diff
 * compares.
 *
 * <p>Every type is an immutable record. Names are kept exactly as the database stores them; every
 * value that two dialects or two spellings could render differently (types, defaults, view text,
 * generated names) is normalised once, at capture, so that the diff compares values and never raw
 * strings. Collections whose order carries no meaning are sorted by their canonical constructors, so
 * the same schema always serialises to the same bytes. Collections whose order does carry meaning
 * (key columns, enum labels, routine arguments) are kept in database order.
 *
 * <p>May import: Nothing of SchemaParity: the model is the bottom layer every other package shares.
 */
package io.github.schemaparity.model;
