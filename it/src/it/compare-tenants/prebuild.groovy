io.github.schemaparity.it.ItDatabases.prepare(basedir, pgBinaries)
return true
