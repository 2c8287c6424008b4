// engagement network of UNODC: its officials and the bodies they met, weighted by shared events
// Neo4j 5: cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE
// Safe to run again: constraints IF NOT EXISTS, nodes and relationships by MERGE.

CREATE CONSTRAINT kg_Person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;

UNWIND [
  {id: 'person:silke-albert', name: 'Silke Albert', kind: 'person', role: 'official', aliases: ['Ms Albert', 'Ms Silke Albert'], events: 2}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.role = row.role, n.aliases = row.aliases, n.events = row.events;

UNWIND [
  {id: 'organisation:european-union', name: 'European Union', kind: 'organisation', role: 'body', aliases: ['EU'], events: 2}
] AS row
MERGE (n:Organisation {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.role = row.role, n.aliases = row.aliases, n.events = row.events;

UNWIND [
  {source: 'person:silke-albert', target: 'organisation:european-union', kind: 'met', weight: 2.0, events: ['event:1', 'event:2'], event_titles: ['Exchanges on migration', 'Visit to Brussels'], dates: ['2018-06-19', '2019-01-10'], first_date: '2018-06-19', last_date: '2019-01-10'}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Organisation {id: row.target})
MERGE (a)-[r:MET]->(b)
SET r.kind = row.kind, r.weight = row.weight, r.events = row.events, r.event_titles = row.event_titles, r.dates = row.dates, r.first_date = date(row.first_date), r.last_date = date(row.last_date);

