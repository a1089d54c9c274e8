io.github.schemaparity.it.ItDatabases.prepare(basedir, pgBinaries)
io.github.schemaparity.it.ItKiller.whenMigrating(basedir)
return true
