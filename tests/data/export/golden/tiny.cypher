// knowledge graph of tiny (2 items), made by kg
// Neo4j 5: cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE
// Safe to run again: constraints IF NOT EXISTS, nodes and relationships by MERGE.

CREATE CONSTRAINT kg_Person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_Event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

UNWIND [
  {id: 'person:silke-albert', name: 'Silke Albert', kind: 'person', aliases: ['Ms Albert', 'Ms Silke Albert'], items: [1, 2]}
] AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'organisation:european-union', name: 'European Union', kind: 'organisation', aliases: ['EU'], items: [2]},
  {id: 'organisation:unodc', name: 'UNODC', kind: 'organisation', aliases: ['United Nations Office on Drugs and Crime'], items: [1, 2]}
] AS row
MERGE (n:Organisation {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'programme:glo-act', name: 'GLO.ACT', kind: 'programme', aliases: [], items: [2]}
] AS row
MERGE (n:Programme {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'place:brussels', name: 'Brussels', kind: 'place', aliases: [], items: [2]}
] AS row
MERGE (n:Place {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.items = row.items;

UNWIND [
  {id: 'event:1', name: 'Exchanges on migration', kind: 'event', items: [1], n: 1, date: '2018-06-19', end_date: '2018-06-20'},
  {id: 'event:2', name: 'Visit to Brussels', kind: 'event', items: [2], n: 2, date: '2019-01-10', end_date: '2019-01-10'}
] AS row
MERGE (n:Event {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.items = row.items, n.n = row.n, n.date = date(row.date), n.end_date = date(row.end_date);

UNWIND [
  {source: 'person:silke-albert', target: 'event:1', kind: 'attended', items: [1], weight: 1.0, evidence: ['Ms Albert attended.'], evidence_rules: ['attended.subject_verb'], evidence_items: [1]},
  {source: 'person:silke-albert', target: 'event:2', kind: 'attended', items: [2], weight: 1.0, evidence: ['Ms Albert came.'], evidence_rules: ['attended.subject_verb'], evidence_items: [2]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'organisation:unodc', target: 'event:2', kind: 'attended', items: [2], weight: 1.0, evidence: ['UNODC came.'], evidence_rules: ['attended.subject_verb'], evidence_items: [2]}
] AS row
MATCH (a:Organisation {id: row.source})
MATCH (b:Event {id: row.target})
MERGE (a)-[r:ATTENDED]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'organisation:european-union', target: 'programme:glo-act', kind: 'funds', items: [2], weight: 1.0, evidence: ['GLO.ACT, funded by the EU.'], evidence_rules: ['funds.funded_by'], evidence_items: [2]}
] AS row
MATCH (a:Organisation {id: row.source})
MATCH (b:Programme {id: row.target})
MERGE (a)-[r:FUNDS]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

UNWIND [
  {source: 'person:silke-albert', target: 'organisation:unodc', kind: 'represents', items: [1, 2], weight: 2.0, evidence: ['Ms Albert of UNODC.', 'UNODC\'s Ms Albert.'], evidence_rules: ['represents.title_of_org', 'represents.possessive'], evidence_items: [1, 2]}
] AS row
MATCH (a:Person {id: row.source})
MATCH (b:Organisation {id: row.target})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.kind = row.kind, r.items = row.items, r.weight = row.weight, r.evidence = row.evidence, r.evidence_rules = row.evidence_rules, r.evidence_items = row.evidence_items;

