package org.avengine.transcode;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What differs between the databases avengine runs on. PostgreSQL skips rows other nodes have
 * locked ({@code FOR UPDATE SKIP LOCKED}); H2, the embedded single-process default, would lock every
 * row it reads while sorting, so there statements go without it and the process serialises instead.
 */
@Component
class SqlDialect {

    private final boolean postgres;

    SqlDialect(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
        this.postgres = "PostgreSQL".equals(product);
    }

    /** Whether rows locked by other transactions are skipped; when not, callers serialise in-process. */
    boolean skipsLockedRows() {
        return postgres;
    }

    /** The locking clause for a SELECT that picks work: {@code FOR UPDATE SKIP LOCKED} where supported. */
    String skipLocked() {
        return postgres ? "FOR UPDATE SKIP LOCKED" : "";
    }

    /** The same, locking only the rows of the named tables (aliases) of a join. */
    String skipLocked(String tables) {
        return postgres ? "FOR UPDATE OF " + tables + " SKIP LOCKED" : "";
    }
}
