// The demo is not duplicated here: the build runs the repository's examples/demo itself.
io.github.schemaparity.it.ItProjects.copy(new File(demoProject), new File(basedir, 'demo'))
io.github.schemaparity.it.ItDatabases.prepare(basedir, pgBinaries)
return true
