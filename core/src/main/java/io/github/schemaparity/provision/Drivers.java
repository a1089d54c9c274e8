package io.github.schemaparity.provision;

import io.github.schemaparity.jdbc.DriverFacts;

/** Loads the JDBC driver a candidate is reached with, as the engine's {@link DriverFacts} name it. */
final class Drivers {
    private Drivers() {
    }

    /**
     * Fails with the coordinates to add when the engine's driver is missing; else loads and initialises
     * it, which registers it with {@code DriverManager}. {@code DriverManager} discovers drivers only
     * through the thread's context class loader, which in a Maven hook script or an IDE may not see
     * this library's class path ("No suitable driver").
     */
    static void require(DriverFacts driver) {
        Libraries.require(driver.driverClass(), "The " + driver.engineName() + " JDBC driver", driver.driverArtifact());
        try {
            Class.forName(driver.driverClass(), true, Drivers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDBC driver " + driver.driverClass() + " vanished after it was found", e);
        }
    }
}
