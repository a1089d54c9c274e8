import io.github.schemaparity.it.ItBuild
import com.fasterxml.jackson.databind.ObjectMapper

def all = ItBuild.of(basedir).clean()
def snapshot = new File(basedir, 'watch/production.json')
def history = new File(basedir, 'watch/production-history.jsonl')

all.invocation(1).logContains('history: no previous snapshot to compare with; changes from this one on go to '
        + history, 'snapshot written: ', 'BUILD SUCCESS')
all.invocation(2).logContains('history: 1 difference since the snapshot of ', 'snapshot written: ')
all.invocation(3).logContains('history: 1 difference since the snapshot of ', 'snapshot written: ')
all.invocation(4).logContains('history: catalog unchanged since ', ', nothing appended to ' + history,
        'snapshot unchanged: ')

def mapper = new ObjectMapper()
def lines = history.readLines()
assert lines.size() == 2
def first = mapper.readTree(lines[0])
def second = mapper.readTree(lines[1])
assert first.get('format').asText() == 'schemaparity-history/1'
assert first.get('kind').asText() == 'change'
assert first.get('appliedVersion').asText() == '1'
assert first.get('source').asText().contains('it_tuesday') && first.get('source').asText().contains('password=****')
assert second.get('previous').get('captured').asText() == first.get('captured').asText()
def diff = { line -> line.get('differences').collect { it.get('objectType').asText() + ' ' + it.get('object').asText() + ' ' + it.get('change').asText() } }
assert diff(first) == ['INDEX public.orders.orders_hotfix_idx UNEXPECTED']
assert diff(second) == ['COLUMN public.orders.note CHANGED']
assert second.get('differences').get(0).get('expected').asText() == 'varchar(40)'
assert second.get('differences').get(0).get('actual').asText() == 'varchar(80)'
assert mapper.readTree(snapshot).get('format').asText() == 'schemaparity-snapshot/1'

def report = all.invocation(5)
report.logContains('history: ' + history + ': 2 changes in 2 entries, ',
        '; current drift: 2, gone: 0',
        '[INFO]   INDEX public.orders.orders_hotfix_idx UNEXPECTED: first seen ' + first.get('captured').asText()
                + ' (not there at ' + first.get('previous').get('captured').asText()
                + '), at migration 1, by hand; not adopted: no migration applied since',
        '[INFO]   COLUMN public.orders.note CHANGED type varchar(40) -> varchar(80): first seen '
                + second.get('captured').asText(),
        'history report: ' + new File(basedir, 'target/schemaparity/history.json'), 'BUILD SUCCESS')
def json = all.report('target/schemaparity/history.json')
assert json.get('format').asText() == 'schemaparity-history-report/1'
assert json.get('current').size() == 2
assert json.get('current').get(0).get('firstSeen').asText() == first.get('captured').asText()
assert new File(basedir, 'target/schemaparity/history.md').text.contains('| INDEX public.orders.orders_hotfix_idx UNEXPECTED |')
return true
