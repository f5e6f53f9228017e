// Package actor is Marsad's canonical actor dictionary and actor linker.
//
// The dictionary (data/*.yaml, embedded) lists countries, governments,
// ministries, armed forces, security services, armed groups, parties,
// international organisations, NGOs, media, religious bodies, companies and
// people, each with Arabic names, an English name, an ISO 3166-1 alpha-3
// country and a sector code. A role lexicon (data/roles.yaml) names actors
// by function: «وزير الداخلية العراقي» is Iraq's government, «القوات
// الأمريكية» the US military.
//
// Match finds dictionary names in tokenised text (longest match, clitics
// stripped from the first word, the article ال optional on names of several
// words; see docs/parts/actor.md). ResolvePhrase reads role phrases. A Linker combines both with named entities from the
// NER tagger within one article: people first named in full are found again
// by surname, and a capital («أعلنت دمشق») stands for its government only
// when it acts.
package actor
