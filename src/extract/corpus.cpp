// Two passes: the first finds names by pattern and acronym definitions; they join the
// lexicon so that the second pass finds them wherever they recur, also in other items
// ("Follow Jane Doe", an acronym defined in an earlier item).
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

#include "context.hpp"
#include "kg/name_forms.hpp"
#include "kg/parallel.hpp"
#include "kg/progress.hpp"
#include "name_filters.hpp"
#include "page_acronyms.hpp"
#include "page_bodies.hpp"

namespace kg {
namespace {

// A page's header as an item of its own, extracted only for the bodies it names.
Item header_item(const Item& first) {
  Item header;
  header.n = first.n;
  header.date = first.date;
  header.end_date = first.end_date;
  header.source = first.source;
  header.text = first.page_header;
  return header;
}

// The words after an owner's acronym that opens a name ("Expert Committee on Drug Dependence"
// of "WHO Expert Committee on Drug Dependence"), when they are two words or more; else "".
std::string_view unprefixed(std::string_view name, std::string_view owner) {
  if (!is_acronym(owner) || name.size() <= owner.size() + 1 || !name.starts_with(owner) ||
      name[owner.size()] != ' ')
    return {};
  std::string_view rest = name.substr(owner.size() + 1);
  return rest.find(' ') == std::string_view::npos ? std::string_view() : rest;
}

// The names a first-pass extraction teaches; learned once the whole pass is done, so that
// every item of the pass sees the same lexicon.
void names_to_learn(const ItemExtraction& pass, std::vector<KnownEntity>& out) {
  for (const Mention& m : pass.mentions) {
    if (m.removed || m.entity != kNone || m.name.empty()) continue;
    if (m.kind == NodeKind::person && extract_detail::split_words(m.name).size() < 2) continue;
    if (m.rule == "person.surname_in_item") continue;
    KnownEntity entity{m.kind, m.name, {}, {}, "learned." + m.rule, true, {}, {}, {}, {}};
    // "the Andes Programme 2016-2020" teaches its longer form too, so that the second pass
    // finds the whole of it (programmes.cpp: the name drops the period).
    if (std::size_t at = m.surface.find(m.name);
        m.kind == NodeKind::programme && at != std::string::npos &&
        m.surface.size() > at + m.name.size() &&
        std::isdigit(static_cast<unsigned char>(m.surface.back())))
      entity.aliases.push_back(m.surface.substr(at));
    if (m.owner != kNone) {
      const Mention& owner = pass.mentions[m.owner];
      entity.parents.push_back(owner.canonical.empty() ? owner.name : owner.canonical);
      // "the WHO Expert Committee on Drug Dependence ... the Expert Committee on Drug
      // Dependence": the name without its owner's acronym is the same body's.
      if (std::string_view rest = unprefixed(m.name, owner.surface); !rest.empty())
        entity.aliases.emplace_back(rest);
    }
    out.push_back(std::move(entity));
  }
}

// A body learned under one form of its name when another is known already joins it as an alias:
// another order of its owner and head, or one of its `forms` learned before ("Expert Committee
// on Drug Dependence", then "WHO Expert Committee on Drug Dependence").
std::optional<std::size_t> learned_under_another_form(const Lexicon& lexicon,
                                                      const KnownEntity& entity,
                                                      const std::vector<std::string>& forms) {
  if (entity.kind != NodeKind::organisation) return std::nullopt;
  for (const std::string& variant : owner_order_variants(entity.name))
    if (auto known = lexicon.find(variant);
        known && lexicon.entities()[*known].kind == NodeKind::organisation)
      return known;
  if (lexicon.find(entity.name)) return std::nullopt;
  for (const std::string& form : forms)
    if (auto known = lexicon.find(form); known && lexicon.entities()[*known].learned &&
                                         lexicon.entities()[*known].kind == NodeKind::organisation)
      return known;
  return std::nullopt;
}

// An acronym joins the lexicon only when the corpus gives it one meaning: defined for two
// entities, it names each in its own item (acronym_uses.cpp) and nothing elsewhere.
void learn_acronyms(const std::vector<std::pair<std::string, std::string>>& definitions,
                    Lexicon& lexicon) {
  std::map<std::string, std::set<std::size_t>> meanings;
  for (const auto& [acronym, full] : definitions)
    if (auto entity = lexicon.find(full)) meanings[acronym].insert(*entity);
  for (const auto& [acronym, entities] : meanings)
    if (entities.size() == 1) lexicon.learn_alias(*entities.begin(), acronym);
}

// Items gathered into batches that are extracted on `jobs` threads; a batch holds at most
// kBatchItems items or about kBatchBytes of text, so that a streamed corpus is never held whole.
// With more than one job, the threads of a WorkerPool extract a batch while the caller reads
// the items of the next one and hands the extractions of the one before to `done`: that serial
// work leaves no core idle, and the next batch starts while a batch's last items finish.
// `done` sees the items in order.
class Batches {
 public:
  static constexpr std::size_t kBatchItems = 512;
  static constexpr std::uint64_t kBatchBytes = 16u << 20;

  Batches(const Rules& rules, const Lexicon& lexicon, unsigned jobs, ExtractionScope scope,
          ProgressTask& progress)
      : rules_(rules),
        lexicon_(lexicon),
        jobs_(jobs == 0 ? default_jobs() : jobs),
        scope_(scope),
        progress_(progress) {
    if (jobs_ > 1) pool_.emplace(jobs_);
  }

  // Adds an item; when the batch is full, starts its extraction and hands each item of the
  // batch before and its extraction to `done`, in order.
  template <typename Done>
  void add(Item&& item, Done done) {
    bytes_ += item.title.size() + item.text.size();
    filling_.push_back(std::move(item));
    if (filling_.size() >= kBatchItems || bytes_ >= kBatchBytes) start(done);
  }

  // Extracts what is left and hands it all to `done`.
  template <typename Done>
  void flush(Done done) {
    if (!filling_.empty()) start(done);
    finish(std::move(running_), done);
  }

 private:
  struct Batch {
    std::vector<Item> items;
    std::vector<ItemExtraction> out;
    std::shared_ptr<WorkerPool::Batch> extraction;
  };

  template <typename Done>
  void start(Done done) {
    auto batch = std::make_unique<Batch>();
    batch->items = std::move(filling_);
    batch->out.resize(batch->items.size());
    filling_.clear();
    bytes_ = 0;
    auto extract_one = [this, b = batch.get()](std::size_t k) {
      b->out[k] = extract_item(b->items[k], rules_, lexicon_, scope_);
      progress_.advance(1, b->items[k].title.size() + b->items[k].text.size());
    };
    // One thread, as asked, or one item, which no second thread could help with: the caller
    // extracts it. Then both passes of a lone item run on one worker slot and the second finds
    // the first's regex results in the memo (kg/text_memo.hpp keeps one part per slot); on two
    // pool threads they met only when the same thread took the item twice.
    if (!pool_ || batch->items.size() == 1) {
      finish(std::move(running_), done);
      for (std::size_t k = 0; k < batch->items.size(); ++k) extract_one(k);
      hand_on(*batch, done);
      return;
    }
    batch->extraction = pool_->give(batch->items.size(), extract_one);
    finish(std::exchange(running_, std::move(batch)), done);
  }

  // Waits for a batch the pool extracts, if there is one, and hands it on.
  template <typename Done>
  void finish(std::unique_ptr<Batch> batch, Done done) {
    if (batch == nullptr) return;
    pool_->wait(*batch->extraction);
    hand_on(*batch, done);
  }

  template <typename Done>
  static void hand_on(Batch& batch, Done done) {
    for (std::size_t k = 0; k < batch.items.size(); ++k)
      done(batch.items[k], std::move(batch.out[k]));
  }

  const Rules& rules_;
  const Lexicon& lexicon_;
  unsigned jobs_;
  ExtractionScope scope_;
  ProgressTask& progress_;
  std::vector<Item> filling_;
  std::uint64_t bytes_ = 0;
  std::unique_ptr<Batch> running_;  // being extracted
  std::optional<WorkerPool> pool_;  // last: it stops before what its threads work on goes
};

}  // namespace

void extract_items(const ExtractionInput& input, const Rules& rules, Lexicon& lexicon,
                   unsigned jobs, ExtractionScope first_pass,
                   const std::function<bool(int)>& second_pass,
                   const std::function<void(const Item&, ItemExtraction&&)>& take) {
  // Items are extracted in parallel against a lexicon that does not change meanwhile;
  // learning between the passes runs in item order, so any number of jobs gives one result.
  std::size_t kept = 0;
  for (std::size_t n = 1; n <= input.count; ++n)
    if (!second_pass || second_pass(static_cast<int>(n))) ++kept;
  // "pass 1 of 2" holds when both passes go through the same items.
  unsigned passes = kept == input.count ? 2 : 1;
  std::uint64_t kept_bytes = input.count == 0 ? 0 : input.bytes * kept / input.count;
  ProgressTask progress("extracting", "items", input.count + kept, input.bytes + kept_bytes,
                        passes);
  std::vector<KnownEntity> names;
  std::vector<std::pair<std::string, std::string>> acronyms;
  extract_detail::PageBodies page_bodies(rules);
  extract_detail::PageAcronyms page_acronyms;
  std::string header_read_for;  // the page (source) whose header was read last
  auto learn_from = [&](const Item& item, ItemExtraction&& pass) {
    // Every item of a page carries its header: read it once per page.
    if (!item.page_header.empty() && item.source != header_read_for) {
      header_read_for = item.source;
      page_bodies.remember_header(
          item, extract_item(header_item(item), rules, lexicon, ExtractionScope::names), lexicon);
    }
    page_bodies.remember(item, pass, lexicon);
    page_acronyms.remember(item, pass);
    names_to_learn(pass, names);
    for (auto& definition : pass.acronyms) acronyms.push_back(std::move(definition));
  };
  Batches first(rules, lexicon, jobs, first_pass, progress);
  input.items([&](Item&& item) { first.add(std::move(item), learn_from); });
  first.flush(learn_from);
  // "CINCA project coordinator" teaches CINCA as a name; where the pass also defined it
  // ("Criminal Intelligence Networking in Central Asia" (CINCA)), it is that name's acronym.
  // So is a body's name in another language written in brackets after its English name
  // ("National Customs Authority (Autoridad Nacional de Aduanas)"), wherever else it stands.
  std::map<std::string, std::set<std::string>> defined;
  for (const auto& definition : acronyms) defined[definition.first].insert(definition.second);
  auto defined_for_another = [&](const KnownEntity& name) {
    auto found = defined.find(name.name);
    return found != defined.end() &&
           (name.name.find(' ') == std::string::npos || !found->second.contains(name.name));
  };
  for (KnownEntity& name : names) {
    if ((name.kind == NodeKind::programme || name.kind == NodeKind::organisation) &&
        defined_for_another(name))
      continue;
    std::vector<std::string> forms = std::move(name.aliases);
    name.aliases.clear();
    std::optional<std::size_t> other_form = learned_under_another_form(lexicon, name, forms);
    if (other_form) forms.push_back(name.name);
    const std::size_t learned = other_form ? *other_form : lexicon.learn(std::move(name));
    for (const std::string& form : forms) lexicon.learn_alias(learned, form);
  }
  learn_acronyms(acronyms, lexicon);
  Batches second(rules, lexicon, jobs, ExtractionScope::all, progress);
  auto complete_and_take = [&](const Item& item, ItemExtraction&& extraction) {
    page_bodies.complete(item, extraction, lexicon);
    page_acronyms.complete(item, extraction, lexicon);
    take(item, std::move(extraction));
  };
  input.items([&](Item&& item) {
    if (!second_pass || second_pass(item.n)) second.add(std::move(item), complete_and_take);
  });
  second.flush(complete_and_take);
}

std::vector<ItemExtraction> extract_corpus(const Corpus& corpus, const Rules& rules,
                                           Lexicon& lexicon, unsigned jobs,
                                           ExtractionScope first_pass,
                                           const std::function<bool(int)>& second_pass) {
  std::vector<ItemExtraction> out;
  extract_items(
      input_of(corpus), rules, lexicon, jobs, first_pass, second_pass,
      [&](const Item&, ItemExtraction&& extraction) { out.push_back(std::move(extraction)); });
  return out;
}

ExtractionInput input_of(const Corpus& corpus) {
  ExtractionInput input;
  input.items = [&corpus](const std::function<void(Item &&)>& take) {
    for (const Item& item : corpus.items) take(Item(item));
  };
  input.count = corpus.items.size();
  for (const Item& item : corpus.items) input.bytes += item.title.size() + item.text.size();
  return input;
}

}  // namespace kg
