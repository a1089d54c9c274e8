import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
def baseline = build.invocation(2).noErrorsOrWarnings()
        .logContains('baseline updated: 0 kept, 1 added, 0 dropped as stale; 1 entry in ',
                '  + INDEX public.orders.orders_hotfix_idx UNEXPECTED btree(created_at)  (INC-42)\n',
                '  x COLUMN public.orders.status CHANGED type: varchar(50) -> varchar(255)  (not written: matches no acknowledge glob, still fails)',
                'before the baseline update: 2 differences: 2 failing', 'baseline written: ', 'BUILD SUCCESS')
        .logLacks('SchemaParity FAIL')
def written = new groovy.json.JsonSlurper().parse(new File(basedir, 'src/test/resources/schemaparity/baseline.json'))
assert written.entries*.object == ['public.orders.orders_hotfix_idx']

build.invocation(3).logContains('SchemaParity FAIL: 2 differences: 1 failing (1 MEDIUM), 1 allowed (1 acknowledged)',
        'BUILD FAILURE')
return true
