package io.github.schemaparity.provision;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.Statement;

/** Run by {@link NoDockerTest} in a child JVM that cannot see Docker: AUTO must go embedded, and say why. */
public final class NoDockerMain {
    private NoDockerMain() {
    }

    public static void main(String[] args) throws Exception {
        Provisioner provisioner = new Provisioner(new CandidateChecks.Log());
        try (CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"));
                Connection c = candidate.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
        }
        System.out.println("NO-DOCKER-OK");
    }
}
