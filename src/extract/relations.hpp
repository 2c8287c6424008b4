// Relation patterns: matches on the fully tagged sentence, read back as marker lists.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "context.hpp"

namespace kg::extract_detail {

struct RelationMatch {
  const Pattern* pattern = nullptr;
  Groups groups;
  const Tagged* tagged = nullptr;
};

// Mentions of the given kinds whose markers lie in the named groups of a match; with
// `owners`, also the owners written inside those names (UNODC in "UNODC Sahel Programme").
std::vector<std::size_t> markers_of(const ItemContext& context, const RelationMatch& match,
                                    const std::vector<std::string>& groups,
                                    const std::vector<NodeKind>& kinds, bool owners = false);

// Runs every pattern of `extractor` on the sentence and calls `use` for each match.
template <typename Use>
void for_each_relation_match(ItemContext& context, std::size_t sentence,
                             const std::string& extractor, Use use) {
  std::shared_ptr<const Tagged> held = tagged_sentence(context, sentence);
  const Tagged& tagged = *held;
  for (const Pattern* pattern :
       context.rules.patterns_matching(extractor, tagged.text(), tagged.digits_folded()))
    for (Groups& groups : find_matches(context.rules, *pattern, tagged))
      use(RelationMatch{pattern, std::move(groups), &tagged});
}

// A fund or funding instrument ("Internal Security Fund", "Instrument contributing to
// Stability and Peace", "... Cooperation Instrument - Global Europe"): its name's head word
// (its first or last, before a subtitle) is in funding_vehicle_words.
bool is_funding_vehicle(const ItemContext& context, const Mention& org);

// Whether the gazetteer lists `org` as a fund or funding instrument (its "type" starts with
// "funding": the IcSP, the EU trust funds), as opposed to an agency named "Fund" (UNFPA).
bool is_known_funding_instrument(const ItemContext& context, const Mention& org);

// Whether the sentence is a line of a bulleted list: it opens (after spaces) with "•", "·" or
// "▪", or with "-", "–" or "*" and a space.
bool is_list_line(const ItemContext& context, std::size_t sentence);

// Whether the mention `id` ends a match's list that ", and" joins it to, and a verb follows it
// there: the subject of a new clause. "with funding from the EU, and Europol took part":
// Europol is neither a funder nor kept from attending ("A, and B announced EUR 1 million",
// where the match goes on to the verb, keeps B).
bool opens_new_clause(const ItemContext& context, const RelationMatch& match, std::size_t id);

// Whether a represents relation of the item starts at the mention `person`.
bool represents_someone(const ItemContext& context, std::size_t person);

// The first organisation mention of the item that names `canonical`, or kNone.
std::size_t mention_named(const ItemContext& context, const std::string& canonical);

// mention_named for many lookups while the mentions stay as they are (the item-level passes,
// which only add relations and owners): the item's organisation mentions by name and
// canonical name, made once. Scanning every mention for each of a long item's relations made
// the item quadratic.
class NamedOrganisations {
 public:
  explicit NamedOrganisations(const ItemContext& context);
  // What mention_named(context, canonical) gives while the mentions are unchanged.
  std::size_t operator()(const std::string& canonical) const;

 private:
  std::unordered_map<std::string, std::size_t> first_;
};

// Adds a relation unless the same one (kind, source, target) is there already, or it is an
// attended relation of a mention that ItemContext::not_attending holds.
// `even_if_not_attending`: an attended relation the item implies though the mention itself
// takes no part (the body of an attending person, attended.represented_org).
void add_relation(ItemContext& context, EdgeKind kind, std::size_t source,
                  std::optional<std::size_t> target, std::size_t sentence, const std::string& rule,
                  bool even_if_not_attending = false);

// Every programme mention of a sentence, frames included.
std::vector<std::size_t> programme_mentions(const ItemContext& context, std::size_t sentence);

// The programmes a sentence names, without those it names only as the parent or framework of
// another one there (rules/patterns/funds_parents.json: "the campaign X, run by UNODC's Global
// Programme Y" is about X).
std::vector<std::size_t> programmes_of(ItemContext& context, std::size_t sentence);

// The word a sentence uses for a programme it does not name ("the campaign", "the project"),
// lower case, or "".
std::string programme_word(std::string_view text);

// Of several candidate programmes, those that `noun` fits: its name holds the word ("...
// Project"), or the text calls it so ("the campaign 'Shield the Children'"); all of them when
// none fits.
std::vector<std::size_t> fitting_programmes(ItemContext& context,
                                            const std::vector<std::size_t>& candidates,
                                            const std::string& noun);

// `programmes` without those the sentence names as the implementer of another ("financed by
// the EU, is implemented by UNODC's Global Firearms Programme"): not what the money is for.
std::vector<std::size_t> without_implementers(const ItemContext& context, std::size_t sentence,
                                              std::vector<std::size_t> programmes);

// `programmes` without those the money goes through ("funded by the EU through its Cocaine
// Route Programme, as well as by Canada"), unless nothing else is left: the channel is not
// what the money is for when the sentence names another programme.
std::vector<std::size_t> without_channels(const ItemContext& context, std::size_t sentence,
                                          std::vector<std::size_t> programmes);

// "The Regional Programme is funded by ...": the short name a text opens with, "the" and the
// capitalised words before a programme's noun ("Regional Programme"), when a verb or a comma
// follows it ("The Regional Programme for Eastern Africa is" names the programme in full);
// "" when it has none.
std::string programme_short_name(std::string_view text);
// The short name of a sentence that opens by saying the programme receives what the match then
// names: "The Regional Programme receives [financial support from X]" (`opening` is the text
// before the match); "" when it does not.
std::string programme_short_name_receiving(std::string_view opening);

// The latest mention of the one programme named earlier in the item whose name or surface holds
// `short_name` ("Regional Programme" in "UNODC's Regional Programme for South Eastern Europe");
// none when no programme, or more than one, does.
std::vector<std::size_t> programmes_called(const ItemContext& context, std::size_t sentence,
                                           const std::string& short_name);

// The programmes of the nearest of the three sentences before `sentence` that names one,
// fitted to `noun`: the programme being talked about. Programmes named there only as an
// implementer or as someone's workplace ("Ms A, Head of the X Programme") are passed over
// when an earlier sentence of the three names another.
std::vector<std::size_t> programmes_before(ItemContext& context, std::size_t sentence,
                                           const std::string& noun);

// The programmes of the nearest of the three sentences before `sentence` that names an activity
// (a course, a workshop, a training ...) and a programme not written as someone's workplace: the
// programme that carried the activity out ("a course delivered by the X Programme in Lusaka. The
// course was funded by A"). None when no such sentence is near.
std::vector<std::size_t> programmes_with_activity_before(ItemContext& context,
                                                         std::size_t sentence);

}  // namespace kg::extract_detail
