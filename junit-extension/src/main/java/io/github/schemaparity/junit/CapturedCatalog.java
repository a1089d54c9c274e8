package io.github.schemaparity.junit;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Table;
import java.util.List;

/**
 * One side of the comparison as it was captured: the engine, its version and the tables of each schema.
 * A test asserts on it (a table the migrations must create); the full model is in {@code report.json}.
 *
 * @param engine        {@code postgresql}, {@code mysql} or {@code mariadb}
 * @param serverVersion the server's version, e.g. {@code 17.2}
 * @param majorVersion  the major version, e.g. {@code 17}
 * @param schemas       the captured schemas (on MySQL/MariaDB: databases), under the reference's names
 */
public record CapturedCatalog(String engine, String serverVersion, String majorVersion, List<Schema> schemas) {
    public CapturedCatalog {
        schemas = List.copyOf(schemas);
    }

    /**
     * One captured schema.
     *
     * @param name   the schema's name
     * @param tables its tables' names (views and other objects are in the report)
     */
    public record Schema(String name, List<String> tables) {
        public Schema {
            tables = List.copyOf(tables);
        }
    }

    static CapturedCatalog of(Catalog catalog) {
        return new CapturedCatalog(catalog.engine().id(), catalog.serverVersion(), catalog.majorVersion(),
                catalog.schemas().stream().map(s -> new Schema(s.name(),
                        s.tables().stream().map(Table::name).toList())).toList());
    }

    /** Every table as {@code schema.table}. */
    public List<String> tableNames() {
        return schemas.stream().flatMap(s -> s.tables().stream().map(t -> s.name() + "." + t)).toList();
    }
}
