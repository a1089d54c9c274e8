import io.github.schemaparity.it.ItDatabases
import io.github.schemaparity.it.ItSettings

ItDatabases.prepare(basedir, pgBinaries)
def encrypted = ItSettings.writeEncrypted(basedir, sharedSettings, 'prod-replica', ItDatabases.MARIADB_USER, ItDatabases.SECRET)
assert encrypted.startsWith('{') && !encrypted.contains(ItDatabases.SECRET)
return true
