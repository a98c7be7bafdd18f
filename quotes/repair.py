"""Undo parser errors that the attribution rules would otherwise inherit.

A compact parser trained on web text makes a few mistakes again and again in
news prose.  Each repair below recognises one of them by a configuration that
English grammar does not allow, and re-attaches the words the way the grammar
requires.  Repairs never add or remove words, only change heads and relations
(and a verb form the new reading implies), so offsets are untouched.  They run
in this order, each on the result of the ones before (a misplaced subject, for
one, can hide the slot a relative clause fills); one that would close a cycle
is not applied.  Before them, a regular form of a lexicon verb gets that verb as
its lemma where the lemmatizer mangled it (``conceded`` -> ``conced``).

* **Dateline read as part of the sentence.**  ``BRUSSELS (Reuters) - Regulators
  opened ...``, ``(Bloomberg) -- Israel said ...``: the place and agency taken
  for subjects or modifiers (also with a date: ``PORT ELLICE, May 6 (Tidewater
  News Service) -``).  A dateline belongs to no clause; it is hung on the root
  as ``dep`` and kept out of reported content, and the phrase after it is
  headed by its name (``Cloud-software maker Lumora Systems said``).
* **Part of a hyphenated word hung apart.**  ``A 17-year-old boy ... has been
  released, police said``: *17* attached as a complement of *said*.  A word
  written solid with a hyphen to the next belongs to its phrase; so does the
  second half of a double-barrelled name (``Achebe-Ward``), and the first half
  of a number made the root (``Twenty-three government MPs voted``).
* **Closing verb of saying tagged as a noun.**  ``Voters are evenly divided,
  a new poll suggests.``: *suggests* a noun modified by *poll*.  A noun phrase
  after a comma that ends the sentence on a finite form of a verb of saying is
  the attribution, its last word the main verb.
* **Postnominal adjective hung apart.**  ``according to two people familiar
  with the talks``: *familiar* made the head, *people* its oblique (or, before
  a verb of saying, its subject).  An adjective with a prepositional complement
  right after a noun phrase, with no copula, describes the noun.
* **A name split in two.**  ``Mick Dawson``: *Mick* and *Dawson* attached
  side by side to the same word in the same role (two appositions, two
  subjects).  Adjacent proper nouns sharing head and role are one name.
* **Speaker's name tagged as a modifier.**  ``Castellano said``: an
  unfamiliar surname tagged as an adverb and hung on the verb.  A capitalised
  word that opens the clause right before a subjectless verb of saying is
  its subject, a proper noun.
* **Organization noun tagged as a verb.**  ``The state’s largest teachers
  union, the Educators Alliance, said``: *union* a verb, *teachers* its
  subject.  A word for an organization with a bare noun before it and nothing
  a verb would take heads that noun phrase.
* **Preposition hung on a verb.**  ``Two of the injured remained in ...``:
  *of* attached to *remained*, which then reads as a phrase, not a clause.  A
  preposition marks a noun phrase: it belongs to the nominal it opens.
* **Noun taken for the object of an aside.**  ``A government whip, speaking
  privately, said``: *whip* read as the object of *speaking*.  An object does
  not come before its verb across a comma: the word heads the subject.
* **Reported clause read as two objects.**  ``said it struck targets``:
  *it* and *targets* attached as objects of *said*, *struck* as an adjective.
  A verb of saying takes no two objects; the past form between them is the
  reported clause's verb.  So is a past form read as an adjective after a noun
  modifier (``said the government understood farmers’ distress``): English puts
  participle adjectives before noun modifiers.
* **Clause words on a modifier.**  ``said that revenue would be “significantly
  below” its forecast``: *that*, *would* and *be* attached to *below*.  A
  modifier heads no clause; the subordinator, auxiliary, copula and subject
  belong to the predicate it modifies.
* **Name word taken for a verb.**  ``Northgate Living said``: *Living* read
  as a participle.  A capitalised verb form right after a proper noun, with
  nothing of its own, continues the name.
* **Parenthesis between dashes taken for the predicate.**  ``the conflict –
  running in parallel to the war in Gaza – was escalating``: *running* read
  as the clause's verb, *was escalating* as a new clause.  A participle phrase
  set off by dashes describes the noun before it, whose predicate follows the
  closing dash.
* **Subject taken for a second object.**  ``said the government “fully
  respects the independence of the Bank”``: *government* attached as an
  object of *respects*, which has another after it.  English puts the object
  after the verb; a noun before a subjectless verb is its subject.
* **Predicate split off its verb.**  ``said services inflation remained
  “stubbornly high.”``: *high* attached as a second complement of *said*.  A
  subjectless adjective or noun right after a complement that lacks one is
  that complement's predicate.
* **Writer's comment read as a second complement.**  ``claimed that they had
  met, an allegation Anand denied``: *denied* attached as a complement of
  *claimed*.  A noun phrase after a comma that a clause follows without
  *that* is the writer's comment, the clause its relative clause.
* **Coordinated complements taken for two.**  ``said no meeting was “off the
  table” and that the committee would ...``: both clauses attached to *said*.
  A second ``that``-clause joined by a conjunction is coordinated with the
  first: one report.
* **Complement hung on the verb of saying.**  ``adding that the trust hoped the
  cub’s descendants might be released``: *released* attached to the verb of
  saying, *hoped* left with nothing hoped.  A clause right after a reported
  verb that has no object or complement completes that verb.
* **Comparative hung on the verb.**  ``said more than 600 people had been
  rescued``: *more* attached to *said*.  *More than* before a number belongs
  to the number.
* **Clause after a semicolon taken for a complement.**  ``Supporters say the
  town needs housing; opponents argue ...``: *argue* attached as a second
  complement of *say*.  A semicolon joins independent clauses.
* **Speech verb taken for an adjective.**  ``“...,” a spokesperson told
  Reuters.``: *told* read as a participle modifying *Reuters*.  Between a
  noun phrase and another, after the quoted clause, it is the finite verb of
  the attribution.  After a conjunction that follows a complement built on an
  auxiliary (``said it was monitoring the situation and reminded airlines of
  ...``), it is the speaker's second verb, as below.
* **Infinitive hung on the object.**  ``urged both sides to return``: *to
  return* attached as a clause modifying *sides*, or as a purpose clause of
  *urged*.  After a verb of urging or asking, the infinitive right after the
  object is the verb's complement (object control).
* **Apposition taken for a conjunct.**  ``One volunteer, a retired teacher,
  said``: *teacher* coordinated with *volunteer*.  A coordination has a
  conjunction; a noun phrase set off by a comma with none in sight describes
  the one before it.
* **Subject of a split quote taken for the speaker's.**  ``“The cloud
  business,” Tran said, “is now the engine ...”``: *business* and *Tran*
  both attached as subjects of *said*, the complement left without one.  A
  subject that closes a quoted part before the attribution belongs to the
  quoted clause that resumes after it.
* **Several subjects.**  ``Amal Saad, a lecturer at ..., said``: *Amal*,
  *Saad* and *lecturer* all attached as subjects of *said*.  A clause has one
  subject: a proper noun right after the first continues its name, a role
  word right before a name modifies it, a phrase set off by a comma is an
  apposition, and one that opens with a preposition (``a spokesperson for
  the police``) modifies the noun before it.
* **Complement hung on an adjunct or the addressee.**  ``suggested in recent
  days that the Republic could intervene``, ``told state television that crews
  were working``: the ``that``-clause attached to *days*, *television*.  Nouns
  of time and place in a speech verb's adjunct, and the person or outlet it
  addresses, take no complement clause; the verb does.
* **Complement taken for an adverbial.**  ``noted on Monday that Hezbollah had
  said ...``: the ``that``-clause attached as an adverbial clause.  Apart from
  ``so that``, ``now that`` and the like, a ``that``-clause on a speech verb is
  its complement.
* **Complement read as a modified object.**  ``said most of the rockets
  landed in open areas``: *most* the object of *said*, *landed* a clause
  modifying *rockets*.  A speech verb reports a clause, not a bare noun
  phrase; a past-tense verb inside its object is that clause's predicate, and
  the object is its subject.
* **Predicate taken for the complement of a relative clause.**  ``said
  passengers whose flights had been cancelled would be offered a refund``:
  *passengers* an object of *said*, *would be offered* the complement of
  *cancelled*.  A verb of saying reports a clause; a subjectless finite clause
  after a relative clause inside its object is that clause's predicate, and the
  object its subject.
* **Subject taken for the speech verb's argument.**  ``says operations in
  Lebanon will continue``: *operations* attached as object of *says* while the
  complement clause *will continue* has no subject.  A finite complement needs
  a subject; a noun between the verb and a subjectless complement is it (also
  a percentage the parser read as an oblique: ``said 78 per cent of members had
  backed strike action``).
* **Fronted report read as a noun.**  ``Teachers in the Midlands and the North
  West will walk out ..., the union said``: *Teachers* the complement of
  *said*, *will walk out* a parataxis on it with the last conjunct of its
  modifier as subject.  A verb of saying reports a clause: a finite verb after
  the noun is its predicate, and a subject that opens with a conjunction is a
  conjunct of the modifier before it.
* **Description of a fronted source taken for the subject.**  ``According to
  Parents United, a campaign group, more than 40,000 families have signed``:
  *group* the subject, *families* its apposition.  An indefinite noun phrase
  between commas right after a fronted name describes that name.
* **Condition cut off the complement.**  ``said Iran could intervene if Israel
  keeps up its campaign``: the ``if``-clause attached to *said*.  A
  subordinate clause right after the complement qualifies the claim, not the
  act of saying it.
* **Relative clause taken for the complement.**  ``The military, which has
  vowed ..., said ...``: the ``which``-clause attached as the complement of
  *said*.  A clause whose subject is a relative pronoun modifies the noun before
  it; that noun is then the subject the speech verb lacked.
* **Subject hung on the phrase before it.**  ``Asked about the proposal,
  Secretary of State Antony Blinken told MSNBC``: the name attached as an
  apposition to *proposal*, leaving *told* without a subject.  A finite verb
  needs one, and the noun phrase that opens its clause, right before it, is it
  (an abbreviation in brackets after it, ``(NACT)``, belongs to it).
* **Subject taken from inside a fronted phrase.**  ``Opening the case,
  prosecutor Alison Marsh told``, ``Speaking in Dunmore, Hollis, a former
  treasurer, argued``: *case* (the participle's object) or *treasurer* (the
  name's description) attached as the subject, the name as an apposition of
  it or of the fronted phrase.  A participle right before a noun takes it as
  its object, and a description set off by commas right before the verb
  describes the name before it, which is the subject.
* **Speaker's name hung on the subject's modifier.**  ``A spokesperson for
  the campaign, Jake Morrow, said``: *Morrow* attached as an apposition of
  *campaign*.  A person's full name set off by commas right before the verb,
  after a role word, names the holder of the role.
* **Subject of a *with*-absolute taken for a modifier.**  ``with Air Force
  Commander Tomer Bar stating that ...``: *Bar* attached to the noun before it,
  so *stating* inherits the main clause's subject.  In *with* + noun phrase +
  participle, the noun phrase is the participle's subject.
* **Past tense read as a passive participle.**  ``voters deserved answers``:
  *voters* a passive subject, *deserved* a participle, with no passive
  auxiliary.  A verb with a subject before it and a direct object, and no
  form of *be*, is an active finite verb.
* **Modifier of the subject taken for the verb's complement.**  ``said
  waiting lists had grown``: *waiting* attached to *said*.  A lone participle
  right before the subject of the reported clause modifies that subject.
* **Main verb swallowed by a relative clause.**  ``One woman, who asked not to
  be named, said: ...``: *said* attached inside the ``who``-clause, leaving
  the sentence a bare noun phrase.  A relative clause set off by commas ends at
  its closing comma; a subjectless finite verb after that comma is the main
  verb, and the noun the clause modifies is its subject.
* **Speaker's verb coordinated inside the complement.**  ``said the cuts were
  unavoidable but insisted that ...``, ``said she would be cleared, but
  declined to comment``: *insisted*, *declined* attached as conjuncts inside
  the reported clause.  A simple past verb with no subject cannot share a
  modal (which takes a bare verb), so after a modal predicate it goes with the
  verb of saying; a second verb of saying does too after a predicate that
  carries its tense on an auxiliary or copula.  (A plain verb in the
  complement, ``said the minister resigned and urged calm``, stays ambiguous
  and is left alone.)
* **Backshifted conjunct taken for the speaker's.**  ``stressed that the study
  showed an association and could not prove ...``, ``said it was devastated
  and had suspended operations``: *prove*, *suspended* coordinated with the
  verb of saying.  After a past verb of saying, a subjectless verb with a past
  modal (*would*, *could*), the pluperfect *had* or a past progressive
  (``and was cooperating with investigators``) is the reported clause's,
  shifted back as reported speech shifts it.
* **Complement hung beside a participle of saying.**  ``was quoted as saying
  the affair was a disgrace``: the clause attached to *quoted*.  A clause that
  starts right after a participle of saying that has none is its complement,
  wherever the parser hung it.  A closing participle set off by a comma that
  the parser put inside a relative clause (``the corner that led to the goal,
  insisting ...``) describes the main clause's subject.
* **Closing attribution hung inside the report.**  ``The university will cut
  300 jobs, its vice-chancellor announced on Tuesday``, ``..., the trust that
  runs them confirmed on Saturday``: the verb of saying read as a participle on
  a noun of the report, or as a complement inside the speaker's relative clause.
  After a comma that follows the report, a definite noun phrase (or a bare
  plural) and a verb of saying with no object or complement of its own, ending
  the sentence or followed by a comma, are the report's attribution.
* **Quoted clause taken for the speaker.**  ``“They are people,” said the
  union’s branch secretary``: *people*, with its own subject, attached as the
  subject of *said* and *secretary* as its complement.  A phrase with a subject
  is a clause; closed by a quote mark before the verb, it is what was said, and
  the noun phrase after the verb is the speaker.
* **Coordinated clause read as the complement.**  ``A petition had gathered
  11,000 signatures, and the union’s president, Ruby Achterberg, said she
  would ...``: *petition* the subject of *said*, *gathered* its complement.  A
  subject does not precede a whole clause before its verb; the noun phrase
  after *and* right before the verb is its subject, the clause before is
  coordinated with the verb.
* **Relative pronoun read as an apposition.**  ``Ostara’s founder, Piet van
  Leeuwen, who will become chairman, called Brightwell “the right home”``: *who*
  an apposition, *become* the main verb and *called* its adverbial.  A relative
  pronoun after a comma is the subject of the clause it opens, which modifies
  the noun before it; the verb of saying after its closing comma is the main one.
* **Date of the saying inside the complement.**  ``Haberl said Thursday he
  was shocked``: *Thursday* a second subject of *shocked*.  A day right after
  the verb of saying, before the complement's own subject, dates the saying.
* **Writer's comment inside the complement.**  ``said the sample had been
  contaminated at a laboratory in Marvelle, a claim the tribunal rejected``:
  *claim* an apposition of *Marvelle*.  An indefinite communication noun set
  off by a comma at the end of the sentence sums up the whole report.
* **Subject of a fronted report taken for the speaker's.**  ``The female cub,
  who arrived on May 2, is “feeding well,” said the zoo’s head of carnivores``:
  *cub* the subject of *said*, *is feeding* without one.  A subject does not
  stand before a whole clause that precedes its verb; it is that clause's.
* **Verb of saying read as a participle on its subject.**  ``The Home
  Secretary, Rachel Ainsworth, insisted on Tuesday that the Bill was ‘fair’``:
  *insisted* a participle on *Secretary*, a second subject of *fair*.  A
  clause with two subjects, the first carrying a verb of saying and the clause
  opening with *that* after it, is that verb's report.
* **Inverted speaker read as a complement.**  ``“Patient safety is our
  priority,” said its chief executive, Dr Farah Quayle``: *executive* a second
  complement of *said*.  A bare noun phrase after a subjectless verb of saying
  whose report comes before it is the speaker.
* **Subject hung after the verb.**  ``A spokesperson for the Department said
  ministers were ‘determined ...’``: *spokesperson* the passive subject of
  *determined*.  The noun phrase that fills the clause up to a subjectless verb
  of saying is its subject.
* **Speaker's description hung inside the quote.**  ``“Today we proved it,”
  Helion’s co-founder, Dr Katrin Vogel, told reporters``: *co-founder* attached
  inside the quote, the name taken for the subject.  A quotation is closed: the
  noun phrase after its closing mark, before the name set off by commas, is the
  subject, the name its apposition.
* **Role noun read as a verb.**  ``Cybersecurity expert Maya Lindqvist, of
  Birchfield University, said``: *expert* a verb with the name its object.  A
  role word followed by a name and then a subjectless verb of saying is the
  name's title.
* **Role noun tagged as an adjective.**  ``Helion’s chief executive, Dr Katrin
  Vogel, said``: *executive* an adjective modified by, or predicated of,
  *chief*.  A role word right after a noun, with no copula, heads a compound
  role; before a verb of saying with a name in apposition, it is the subject.
* **Apposition of an inverted speaker taken for the complement.**  ``said Priya
  Shah, an economist at the institute``: *economist* attached to *said*.  A
  verbless noun phrase set off by a comma after the speaker describes the
  speaker.
* **A fronted phrase's words taken for the sentence's.**  ``According to police,
  ...`` with *police* a verb; ``Asked when she first believed it, she pauses``
  with *Asked* the root; ``Opening the hearing in Harrowby, the inquiry’s
  chairman, Sir Malcolm Threlfall, said`` with *Harrowby* the subject (a noun
  after a preposition is none); ``Trial participant Rosa Delgado, 43, ...,
  said`` with the named phrase an oblique (a bare noun phrase that opens the
  sentence is no adverbial unless it names a time).
* **Descriptions of one person read as several.**  An apposition hung on a part
  of a name, or on the person's affiliation (``Dr Elinor Madsen of Brackwell
  University, the dig’s director``), describes the person; a list of three with
  no conjunction that holds a name is one person described twice (``Her father,
  Daniel Holt, a bus driver,``); an adjective with an article heading an
  apposition is a noun (``a former international``); a phrase between a subject
  and its verb, set off by commas, is an apposition even when read as a clause
  (``the supermarket chain Harlow & Finch``); an ampersand joins one name.
* **A report split, cut or taken for something else.**  ``and that migraine
  drugs often lose ...`` with *that* a determiner; ``said in an email that
  Hartline had done ...`` read as a relative clause on *email*, or ``said in a
  note to clients that investors should ...`` on *clients*; ``admitted her
  side needed a striker`` read as object and predicate; ``the company “strongly
  disagrees”`` with the verb a noun; ``At least 11 people died and 23 were
  missing`` with the first clause an adverbial of the second; a clause hung on
  the dateline; ``would be lifted in sections and taken to a laboratory`` (a
  participle after a passive shares its auxiliaries, it is no second action);
  ``said it would ‘consider carefully’ any recommendations`` with *would* one
  complement and *consider* another (a modal heads no clause before a bare verb).
* **The speaker's second action read inside the report.**  ``said the case had
  been ‘a jigsaw’ and praised fire officers``: *praised* an adjective on
  *officers*.  A past verb right after *and*, closing a report, with a noun
  after it, is a conjunct of the verb of saying.
* **A report split by its attribution.**  ``Breeding programmes, she said,
  were “part of the answer”``: *programmes* hung on *said*; the noun phrase
  before an attribution set off by commas is the subject of the report after
  it.  ``urged people to check on neighbours, keep curtains closed and avoid
  ...``: a bare verb cannot share a past verb's subject; it continues the
  infinitive.
* **A report inside a relative clause.**  ``a price war that analysts say could
  squeeze margins``, ``the man who witnesses say fired``, ``a pay rise he says
  was promised``: the relative pronoun hung on the verb of saying, the source
  tagged as a verb, or the report hung elsewhere.  The relative pronoun is no
  one's words; the verb after the source is the report.
* **A speaker read as something else.**  ``The 58-year-old, who took over in
  2019, admitted that ...`` with *old* a fronted complement (a definite
  adjective phrase names a person: before a subjectless verb of saying it is
  the subject); ``…They were a choice,” Marcus Bell, president of UPW Local 12,
  told a vigil`` with the name an apposition inside the quote (a quotation is
  closed); ``Anselm, who first coached her ..., says`` with the surname an
  adverb and the relative clause the complement; ``Veld grins and says`` with
  *Veld grins* a compound noun (a noun in -s coordinated with a present verb
  of saying is a verb of that form); ``Asked by Ms Ferrand why he had poured
  it, the 54-year-old replied`` with *replied* a conjunct of the question.
* **A report taken apart.**  ``said the nearest alternative, Ridgeview
  Elementary, was “a 35-minute bus ride away”``: subject and predicate as two
  complements (a verbless noun phrase right before a subjectless predicate is
  its subject); ``told the board the 94-year-old building needed $11 million
  in repairs that the district “cannot justify”``: the report's subject hung on
  the addressee with its verb a participle, the relative clause on *repairs*
  taken for the complement; ``told a press conference last month that ...``:
  the report a relative clause on *month*.
* **Subject of a coordinated clause read as a conjunct.**  ``Tempers frayed
  during the debate, and the deputy speaker, Sir Roger Penhale, twice
  intervened to ask ...``: *speaker* coordinated with *debate*.  A noun phrase
  after ``, and`` that runs into a subjectless verb is its subject.
* **A clause put in the wrong place.**  ``said Lund, whose side had led for 70
  minutes``: the relative clause hung on *said* (it modifies the name before
  its comma), or made the root (``The historian Rachel Tennant, whose book ...
  identified ..., called the return “overdue”``: the verb after the clause's
  closing comma is the main one); ``The 29-year-old admitted he had once
  stretched a vial``: the verb of saying an adverbial of the clause it reports
  (not after *when*, *as*, ...); ``came under scrutiny after a memo to the
  board warned that ...``: the clause's subject the object of *after*.
* **A word in the wrong class.**  ``The 41-year-old told reporters that ...``:
  *told* a participle on *reporters*, the sentence one noun phrase; ``told
  reporters that rescue boats had been unable``: *rescue* a verb after *that*;
  ``used to say that bread “knows ...”``: the complementiser a determiner;
  ``but referee Owen Pascoe ... ruled that``: the role word a verb beside the
  verb of saying.
* **Words hung on the wrong head.**  A subject on an auxiliary; a time noun
  among subjects (``In a statement released Saturday evening, Kestrel Bay
  said``); words before a complement's *that* inside it; a `that`-clause on a
  noun inside the adjunct (``in an email to the Tribune that``) or on the
  addressee before a coordinated second one; an adjective with its complement
  after the subject taken for the report (``A person close to the
  negotiations said``); an inverted speaker's apposition taken for a second
  subject (``said Odessa Pruitt, a retired schoolteacher``); a pronoun and past
  form after a clause-only verb, or the predicate hung elsewhere (``which she
  said the company “can comfortably absorb”``), read as object and predicate;
  a past copula with an infinitive, or a backshifted conjunct of a statement's
  report, taken for the speaker's; a verb of saying hung inside its subject's
  relative clause or aside (``One rival coach, speaking on condition of
  anonymity, argues that``); the subject of a clause a closing attribution ends
  taken for the attribution's complement.
* **A name or role taken apart.**  ``Her daughter, Carys Harrow, a paramedic``:
  the name a conjunct and an apposition; ``The Haulage Drivers’ Union``: the
  possessive apostrophe punctuation; ``Marrowby Renters Together``: the last
  word an adverb; ``Its operations director, Erik Moe, asked``: the role an
  adverbial clause, *director* a verb.
* **A main verb read as something else.**  ``Had anyone told her that ...,
  she would have laughed``: the inverted condition the main verb; ``A senior
  midwife, who spoke on condition of anonymity, described night shifts``: the
  verb after the aside a participle; ``The 52-year-old admitted the trust had
  been too slow``: *admitted* a participle before a clause with its own
  subject; ``though she claims the singer still cannot tune a guitar``: the
  verb of saying an adverbial of the clause it reports.
* **A report's parts hung elsewhere.**  ``a practice she told the court had
  been “entirely routine”``: a relative clause without its pronoun read as a
  second subject, the addressee as the report's subject (also ``told the
  Castlereach Gazette they had found``); ``insisted the cost, estimated at £42
  million, was too high``: object and predicate around the subject's aside;
  ``noted that fewer than one in five ... is ever recovered``: the comparative
  an adverb, the clause left subjectless; ``admitted he stood to gain ... but
  insisted that``: the second verb of saying inside the first report (but
  ``but would not say when``, a refusal, stays the speaker's; ``and were being
  blamed`` continues the report); ``accused the council of ignoring
  residents``: the charge an adjective; ``asked officials to ‘step in
  immediately’``: the infinitive a noun after the quotation mark; ``..., and
  called on the government to ...``: the second verb of saying hung deep inside
  the first report; ``said Maria Lopes, 67, a retired teacher``: the
  apposition a complement of *said*; ``Amy Chen, whose two children attend
  ..., said``: the relative clause the complement; ``said 87% of members who
  took part in the ballot backed action``: *backed* an adjective, the report
  the object.
* **A report hung on the wrong word.**  ``told a rally in Unity Square that
  the unions would strike``, ``told reporters outside the courthouse that
  ...``: the report a relative clause of the place; ``wrote on social media
  that ...``: a conjunct; ``but he warned that landlords ... would face``: the
  clause after *warned that* on the first verb; ``said a fault in the software
  used to combine coursework and exam marks had affected ...``: *exam marks*
  the subject, though a subject never opens with *and*; ``notes that she keeps
  ..., so that a future restorer can undo her work``: the purpose clause a
  second report; ``her office had opened an investigation into whether the
  bank notified ...``: *whether* on *opened*; ``told reporters that detentions
  had since fallen``, ``admitted in an interview with a local paper that many
  drivers had quit``: *that* a relative pronoun, the report a relative clause;
  ``said in a statement that tap water "remains ..."``: *tap* a verb, the
  report's subject a relative clause; ``as saying that testing every tap "would
  cost a fortune"``: the gerund subject taken for the report; ``said his party
  supported ‘the spirit of the bill’``: the quoted object a second subject of
  *said*; ``warned the loan put taxpayers' money at risk``: the report an
  infinitive; ``said the board needed "more time"``: *needed* an adjective;
  ``noted that the last agreement, signed in 2022, collapsed``: the participle
  the report.
* **A speaker or aside misread.**  ``In an interview with The Associated Press,
  Marcus Odell, who directs ..., said``, ``At a union meeting Thursday night,
  Jorge Villalba, 71, a retired bus mechanic, asked``: the name an apposition of
  the adjunct; ``Federal investigators, he argued, had asked``: the aside an
  adverbial; ``Without her, Brandt says, half of them would ...``: the fronted
  adjunct on the aside; ``A spokesperson for the Department of Housing
  Preservation confirmed inspectors had cited``, ``A police spokeswoman
  confirmed two men had been arrested``: *confirmed* an adjective; ``Off-spinner
  Kofi Mensah took six for 58, and Kestria captain Tom Ashdown ..., said:``: the
  speaker a conjunct; ``Tallis, a former junior transport minister ...,
  conceded``: the name a sentence adverb; ``The 58-year-old accused``,
  ``said the 63-year-old``: the age a noun phrase or a complement; ``insisted
  Maria Lopez, the team's captain``: two objects; ``the senator ... said
  Tuesday``: the day an inverted subject; ``“Bake,” she says``: the quote a
  second subject; ``Schools ..., the minister told the chamber, had seen``, ``The
  decision, the club’s chief executive, Priya Lathom, told reporters ..., was
  taken``: the aside with its addressee, the speaker an apposition of the
  report's subject; ``Tallis, a former maths teacher, later admitted``,
  ``Okafor, a former union official, later conceded``: the verb of saying a
  participle on the apposition or a conjunct of it (the role a list item);
  ``Under cross-examination, the defence lawyer, Tom Hale, pressed``: the
  subject an apposition of the adjunct; ``In an interview with Radio
  Kettlewick, Fairhurst, 47, conceded``: the age on the adjunct, which became
  the subject; ``replied the bassist Hana Reiss``, ``sacked manager Declan
  Fairhurst``: the role word an object; ``“...?” asked the association’s
  president``: the asker the addressee; ``As one stranded salesman put it``:
  *stranded* the verb; ``how much compensation Fairhurst would receive``: the
  questioned object a second subject; ``“He shouted at me ...,” the
  58-year-old said``: the quoted verb made the main one; ``said managing
  director Paul Kettle``: *managing* a verb; ``Rising flour prices, she
  explains, have cut``: the subject an oblique.
* **Charges, participles and comments.**  ``accused the orchestra of
  “tinkering” with instruments``: the gerund a noun; ``accused the groundstaff
  of preparing ‘a pitch made for one side’``: its object an apposition of the
  accused, the accused the subject of a clause; ``..., insisting the squad
  remained ‘completely united’``: the participle a modifier of the report's last
  noun; ``issued a statement saying talks would resume``: *saying* a noun;
  ``claimed the bypass was fully funded, a claim the Treasury never
  confirmed``: the comment's relative clause a conjunct of the report; ``said
  that while progress had been made, more needed to be done``: *more* an
  adverb.
* **A report's subject cut off from its verb.**  ``warned that services
  prices, which rose 5.4%, were still running hot``, ``said the families’
  campaign, “Seven Names,” would go on``, ``said the stoppage, which began on
  Monday, could delay``, ``told reporters that members, who earn ..., would
  stay out``: the subject the object of its relative clause, the whole report,
  the object of *said* or the end of a relative clause on the addressee;
  ``warned that further walkouts planned for May would go ahead unless
  ministers reopened talks``: the reduced relative the report, the *unless*
  clause a noun phrase; ``told the chamber that rents in the city had risen``,
  ``conceded that talks with ‘a number of partners’ were ongoing``: the plural
  noun a verb; ``explained that pupils who needed a phone ... could leave it``:
  the subject an object; ``predicted that preserving the hull would take a
  decade``: the gerund an adverbial; ``wood that has spent three centuries
  underwater is “basically a wet sponge”``: two subjects; ``claimed fewer than
  one in ten stolen paintings was ever recovered``: the comparative on the
  verb of saying; ``The committee had, as Oyelaran put it, “decided ...”``:
  the auxiliary cut off by the aside.
* **Speakers and asides, again.**  ``Engineers ..., known to commuters as “the
  Rattler,” told``: the participle the report; ``According to a report by the
  safety board, painters working for the contractor had removed``: the subject
  an apposition of the source; ``The report, titled “Hidden Fractures,”``: the
  title an apposition; ``Grace Achterberg, whose husband, Luis, died ...,
  said``: the relative clause apart; ``The ship, Sayle said in an interview with
  the Westmarch Gazette, was``: the subject an oblique; ``As one of them,
  retired postman Alan Cresswell, put it``, ``as Assistant U.S. Attorney Anita
  Grove put it``: *as* a preposition; ``the official, Moira Kendrick,
  accused``: the role an adjective; ``replied Cllr Anand``: the name inside the
  quote; ``Mould admitted``: the name an auxiliary; ``Quayle, author of the book
  “The Patient Sky,” told``: the speaker hung on the quote; ``the Latvian
  Dockers' Union, which said``: the possessor a compound; ``Kalan admitted ...,
  and in a statement, the Green Left said``, ``conceded ... but insisted``,
  ``Pike called ..., while Anand said it was``: the second verb of saying or its
  report hung inside or on the first; ``accused the union of ‘putting ...’``:
  *of* on the gerund's object.
* **Session 14's, from a batch and seven probe articles.**  ``Asked whether ...,
  Benning said``: the surname a gerund; ``Giving evidence, the 26-year-old
  said``: the object the subject; ``said an ambulance carrying a cardiac patient
  had been forced``, ``said a man wearing a mask had entered``: the participle's
  object the report's subject; ``Police, asked whether ..., said``: the speaker
  the subject of the question; ``who is representing herself and whom one
  tabloid has nicknamed ...``, ``In Birmingham, where ...``, ``the New Democrats,
  whose leader ... said``: a relative clause the report, or the main clause the
  report of one; ``Several groups had called ..., but one fan ... said``: the
  first clause the second one's report; ``said that he had ‘made his point’``:
  the verb cut off from its auxiliary; ``Dana Whitcombe, president of ...,
  blamed``, ``Labour's shadow health secretary accused``: the main verb a
  modifier; ``St. Aldric's chief executive``: the role word a second adjunct;
  ``said Graham Tulloch, managing director of``: the participle a verb; ``One of
  the injured workers, 38-year-old technician Raul Mendez,``: the apposition on
  the group; ``the company “respectfully disagrees”``, ``and warns that``: the
  verb a noun; ``said only that talks with the board were continuing``: the noun
  a verb; ``supporters' groups``, ``Reyes' attorney``: the possessor punctuation;
  ``urged families to be wary``: the copular infinitive on the object; ``said
  assistant Kelly Marsh would``: the role the addressee; ``dismissed ... and
  promised to``: the verb a conjunct of a noun; ``has been charged ..., killing
  11 dogs, police said``: the clause the participle's subject; ``Investigators
  believe ..., McKay said, but``: the attribution a second complement; ``“...,”
  the 51-year-old told shareholders``: the attribution inside the quote; ``The
  61-year-old, a retired accountant,``: the apposition a conjunct; ``said it was
  “confident” the club would``: the adjective's clause a second report.
* **Session 15's, from two batches and ten probe articles.**  ``Federation
  records officer Paul Iredale confirms``: the role's noun a verb; ``comes from
  Dr. Anika Brandt, deputy head of``: the apposition a second oblique; ``A former
  school librarian, she``: the pronoun an apposition of the description;
  ``Calloway shrugs, then says``: the gesture a noun; ``A boy died ..., a coroner
  has ruled``, ``PORTLAND (AP) — More than 80,000 homes remained ..., officials
  said``: the speaker an apposition of the report's subject; ``urged ministers to
  set``: the infinitive on another verb; ``Asked whether ..., the association’s
  deputy director ..., Gillian Marsh, told``: the role inside the fronted clause;
  ``assured her only a fortnight ago that``: the clause on *ago*; ``‘... like
  everybody else’.``, ``‘a clear endorsement’ of``: the closing mark a verb or the
  head noun; ``promised after his party lost``, ``said ..., as the saga entered``:
  the adverbial clause the report; ``a retired postmaster whose house took in``:
  the speaker the subject of the whose-clause; ``Anneliese Korth, 41, a former
  challenger``: the apposition on a name part; ``Korth and fellow grandmaster Rui
  Tavener``: the role a conjunct; ``Lena Vidal and Tomasz Reyes, engineers who``:
  the apposition a third conjunct; ``said in a statement carried by state media
  that``: the complement on the outlet; ``said her children no longer slept``:
  the past form a passive participle; ``said talks on extending the truce had
  stalled``, ``said the decision to charge followed``: the subject an addressee;
  ``Their chairman, retired headteacher Alan Brierley,``: the role a conjunct;
  ``“...,” Brindle manager Owen Trask, 51, told``, ``“...,” Ostrow, 58, told``,
  ``“There was no gunman, no weapon ...,” Sgt. Dana Hargrove ... told``: the
  attribution inside the quote; ``Opening the debate, Cllr Fiona Whitlock,
  cabinet member for ..., told``: the object the subject; ``had ‘never once’
  asked``, ``he had “forgotten what ...”``: the verb cut off from its auxiliary;
  ``had “no idea” there was``: the noun's clause a second report; ``A report of a
  man ... kept ..., but there was never any danger, police said``: the first
  conjunct a noun phrase; ``accusing the referee of “bottling” a second penalty
  claim``: the gerund's object a second object; ``told MPs the country needed``:
  the subject a second addressee; ``said more needed to be done``, ``said little
  had changed``: the subject a modifier; ``Immigration advocates, meanwhile,
  said``: the plural noun a verb; ``the Brindle Supporters' Trust, whose ...``:
  the possessor punctuation before a relative clause.
* **Session 16's, from two new batches and the held-out batch of session 15.**
  ``So said Walt Prokop, 81, a retired forest ranger``: *So* the subject;
  ``So says Rosa Delgado, 67, whose hip replacement was cancelled``: the
  whose-clause the report; ``the verdict of Jonas Pereli, 52, a trawler skipper
  who``, ``the verdict of Selma Rautio, the festival’s artistic director``: the
  role on the noun the name hangs on; ``At the changeover my coach just said``:
  the subject a modifier of the fronted phrase; ``In a video posted to the
  company’s website, Kestrel’s chief executive, Martin Halloran, apologized``: the
  subject an apposition deep inside the fronted phrase; ``Housing Minister Alison
  Treharne told``: *Housing* a verb; ``said through a spokesperson that directors
  “fully support”``, ``told reporters his office was``, ``urged crews from both
  countries to report``: the noun a verb; ``asked whether the Front Street levee,
  built in 1962, had ever been inspected``: the participle aside the report;
  ``Castellanos-Baird, 58,``: the name two conjuncts; ``cautioned that pulling
  books before the committee finished its review would break``: the report's
  adverbial clause on the verb of saying; ``The 61-year-old argues that``: the
  verb a noun; ``The 68-year-old, who ..., says``: the number the subject;
  ``“...,” Tano, who has advised both governments, told Northline Press``: the
  addressee the subject; ``said the extension bought time``: the report's verb a
  modifier of its subject; ``said ... had fabricated or falsified data``: the
  second verb on the verb of saying; ``stressed that a negotiated deal remained``:
  the report's subject the report.
* **Session 17's, from the batches ``f`` and ``d``.**  ``The cracking in the main
  girders, he told the hearing, was``: the fronted subject an apposition of *he*;
  ``He and his wife, Sian, both said``: *both* the subject; ``Ilic and his
  neighbour both said the last general strike, in 2011, had lasted``: the speaker
  the report's subject; ``Dr Miriam Okonedo, deputy clinical director of the ...
  division, who said``: the *who* clause on *division*; ``Dr Marguerite`` +
  ``Oyelowo``: a name in two appositions; ``the former Estmark captain turned
  StadiumTV pundit``: *turned* a clause; ``but insisted winter funding had
  reached``: *insisted* an adjective; ``A barber whose shop ..., Dwayne Hollis
  said``, ``A former projectionist who ..., Tomasz Reyne, ... told``: the
  description apart from the name; ``Minister for Health Ciarán Mulvanny``: the
  name inside the office; ``described the strike as ‘regrettable and avoidable’``:
  the closing mark a noun; ``the words of Kieran’s mother, Denise Dunleavy``: the
  name on *words*; ``Acting Detective Inspector Nadia Hurst``: *Acting* a
  participle; ``told the Coastline Examiner she would meet``: the addressee an
  object of the report; ``by the director Ilse Marrack``, ``beat fourth seed
  Dmytro Kovalenko``: the role beside the name; ``the decision was ‘final’``: the
  predicate a modifier; ``recalled that a surgeon had told her in March the list
  was``: the inner report a second one; ``on Wednesday evening that``: *evening*
  a verb.
* **Session 18's, from the batch ``e``, held out in session 17.**  ``Truck drivers
  queuing outside the gates said``: *drivers* a verb with *said* its conjunct;
  ``said rising health insurance costs and the end of ... had left``, ``said
  falling demand and a strong pound would hit``: the report's subject an object;
  ``That was the message from Abena Tenkorang, a 91-year-old elder of ...``,
  ``the verdict of Tomasz Reyes, a former penetration tester``: the description
  on *message*; ``Board members Lucia Fenn and Tom Arkwright``: the role the
  subject; ``KESSINGTON, June 8 (...) - Aurelio Bastida, a ... qualifier,``: the
  dateline held the main verb and the apposition; ``insisted afterwards that``:
  *afterwards* the object; ``brushing aside calls for a cut and warning that``:
  *warning* a conjunct of *cut*; ``of softer pay data``: *pay* a verb; ``would
  ‘look again’ ... if it won power, but did not say``: the *if* clause on the
  next conjunct; ``the 58-year-old countered that monetary policy``: *countered*
  a modifier of *policy*; ``One person briefed on the committee’s discussions
  said``: *briefed* the report; ``with authorities warning the fire front could
  reach``: the report a conjunct of the main verb; ``A ... farmer who left 200
  cows behind, Leanne Hutchings, 34, said``: the name a conjunct of *cows*;
  ``Hutchings and her neighbour, retired shearer Col Baxter, both said``: the
  role and name two more conjuncts; ``to ignore texts offering ... refunds,
  warning that``: *warning* on *refunds*; ``NBS chief whip Rajendra Bhatt
  denied``: the sentence a noun phrase; ``saying the partnership with Bastida
  was “...”``: the report's subject an object; ``Leader of the Opposition
  Abhijit Sarkhel``: the office with its article; then, from ``h``, ``f`` and
  ``l``: ``by Colin Mabbott, the council’s chief executive and acting returning
  officer``: the apposition a conjunct of the verb; ``The 68-page report ... says
  images in the papers had been``: *images* a second subject of *says*; ``...,’”
  Aldous recalls``: *recalls* a noun after a quote within a quote; ``“...,”
  recalled Pell, 34``: the inverted speaker a complement; ``said the water rose
  faster``, ``saying each day of the strike cost the economy``: the report's verb a
  noun.
* **Session 19's, from the batch ``c``, held out in session 18.**  ``For rancher
  Earl Whitacre, 67,``: *Earl* on the role and *Whitacre* beside it; ``the sacking
  of manager Stuart Kersley``: the role and the name side by side; ``warned gusts of
  up to 50 mph could arrive``: the report a conjunct with no conjunction; ``urged
  anyone who stayed behind to call 911``: the infinitive on the relative clause;
  ``would throw “every resource we have” at the fire``: *fire* a second report;
  ``Halvard Air and Skylink Regional``: two names' parts conjuncts of each other;
  ``according to two people familiar with the negotiations`` at the end of the
  sentence; ``Alasdair Quayle, acting director of ..., cautioned``: *acting* a verb
  on *cautioned*; ``Chairman Des Quayle, the scrap-metal millionaire fans call “Big
  Des”, said``: a relative clause with no relative word read as the report;
  ``Former Wanderers striker Gary Tembe and ex-boss Phil Harker``: *striker* a verb,
  *ex-boss* a third conjunct; ``saying his client had been ‘drowning in debt’ and had
  always meant to``: the second conjunct on the main verb; ``the so-called “herring
  line” drawn in 1984 was never meant``: *drawn* an adverbial clause; ``took 612
  votes ..., returning officer Deborah Quayle announced``: the attribution an
  adverbial clause; ``his deckhand, Oskar Lind,``: *Lind* a list item and the
  conjunct on a name part; then, from ``j`` and ``l``: ``asked whether the Aldwick
  museum’s remaining 112 pieces ... would follow``: the possessor a subject;
  ``asked a planning officer in 2022 whether``: the question an adverbial clause;
  ``Visitors, he says, still ask``: *Visitors* a second subject of *says*; from ``h``,
  ``f``, ``n`` and ``d``: ``noting that ... and that the evacuation took``: the second
  clause a conjunct of the main verb; ``Wren Aldous does not, she insists, enjoy``:
  the auxiliary on *insists*; ``opened the session by saying the hearing would
  “follow ...”``: *saying* on its report; ``were “one bad day away from failure”``:
  *day* a second report; ``Pruett, the trucking magnate fans call “Big Harl,” did
  not attend``: the relative clause a clause of *attend*.
* **Session 20's, from the batch ``b``, held out in session 19.**  ``Katarina
  Dobrev, general secretary of the Federation of Metro and Rail Workers (FMRW),
  told``: *Rail* made the subject of *told*; ``My members call it a pay cut``: *cut*
  a report; ``Nicknamed “the Bulldozer” by opposition MPs ..., Orsanu denied``: the
  nickname the subject; ``argued the law sweeps far too broadly``: *sweeps* a noun;
  ``with a sign reading “Let Kids Be Kids,” said her 14-year-old son stopped
  sleeping``: the sign's words a report, *stopped* a participle on a second subject;
  ``acknowledged the inspection had not been done and conceded that``: *conceded* a
  conjunct of the report; ``an administrative status, not a sign the ground is
  unsafe``: *sign* a first subject; ``The sharpest moment came when Jean Pollard, a
  retired nurse ..., asked``: the name an oblique; ``According to a snap poll ..., 48
  per cent of viewers thought``: *cent* a modifier of *poll*; ``The 58-year-old
  denied``, ``The 52-year-old claims it is``: the age an adjective, the verb a noun;
  ``..., five days after Hurricane Orla tore across the coast, and Gov. Teresa
  Valdane warned``: the governor a conjunct of *coast*; ``said in a restoration plan
  filed with state regulators that crews would restore``: *crews* a relative verb;
  ``The executive paused before replying: “...”``: the quote the main clause; ``a
  step the subcommittee chair dismissed as “...”``: *dismissed* a participle on
  *chair*; ``the former India all-rounder``: *India* a second subject; ``He denied
  that ..., insisting``: *insisting* inside the report; ``Fenzi, director of ...,
  kneels in a pumped-out trench and explains:``, ``Asked whether ..., Fenzi
  hesitates.``: verbs tagged as nouns; ``Outside the court, Sam Ngata, district
  secretary of ..., said``: the apposition on *court*; ``The union, whose ‘Everyone
  Home’ campaign has run since 2019, announced``: *whose* on *union*.
* **Session 21's, from the batch ``a``, held out in session 20.**  ``said the towns
  filed ... and would seek``, ``said it would monitor the recount but had no role``,
  ``said her property had been spared but she did not expect``, ``said hackers had
  accessed ... and copied``, ``was “sound but badly explained” and should not be``:
  the report's second conjunct hung on the verb of saying; ``told reporters that
  the ruling was “...” and not only for her campaign``: an elliptical second report;
  ``The 54-year-old, who ...,``: *old* an apposition of *54*; ``The 58-year-old
  acknowledged the company's own quality checks had missed``: the verb of saying the
  report's subject, *company 's* its object; ``and insisted the club would not
  “panic-buy” a big name``: the report on the clause before; ``told the court the
  gap most likely reflected voters``, ``arguing Ottawa ignored catch data``: the
  report's verb an adjective; ``— a charge Ocampo’s spokesman dismissed as``: the
  name a part of *charge*; ``told BBC Sport the mood had turned``: *Sport* a
  subject; ``Janine Colley, chair of the ... Trust, who argued``: *who* on *Trust*;
  ``the impurity, a compound known as NDMX, had been found``: a comma outside the
  report; ``recalling all batches ... nationwide after tests found traces``: the
  *after* clause a participle; ``So said Coolan Creek beef farmer Marnie Hollis``:
  the speaker a clause; ``Coolan Creek is, as ... Mayor Jo Pettit put it, “...”``:
  the main clause's subject on *put*; ``PORT ALDINE, N.S. —``: the dateline;
  ``taking the department to court over ..., arguing``: *arguing* on the infinitive;
  ``Asked by Oliver Strang, the committee’s deputy chair, whether``: the apposition a
  passive subject; ``came from Callum Fraser, a 19-year-old nursing student``: the
  description a second oblique; ``The alliance's court filing argues``: *filing* a
  participle; ``told The Associated Press that would happen``: a relative clause;
  ``warned anyone caught looting empty homes would be charged``: *anyone* an object;
  ``..., with authorities warning conditions will worsen``: *warning* a noun and the
  report the main clause; ``said a team carrying dart guns joined``: *carrying* an
  adjective of *guns*.
* **Session 22's, from the batch ``aa``, held out in session 21.**  ``the Justice and
  Rehabilitation Committee``, ``the Fisheries and Coastal Protection Board``: one
  name read as two sources; ``said the estate was ‘...’ and accused ministers of
  ‘managing ...’``: the charge hung back on the first report; ``The prisons minister,
  Tom Avery, admitted``: *minister* a verb; ``conceded that ... but denied officials
  had ignored``: *denied* an adjective; ``claimed one in five new drivers quit``: the
  report's subject an object, its verb an infinitive; ``urged voters overseas to
  apply``: the infinitive on *overseas*; ``told state radio that observers from 12
  countries had been invited``: *observers* a relative clause's verb; ``, with its
  leader telling ...``: *leader* an oblique; ``“We expected delays, but nothing on
  this scale,” said Dr Petra Voss``: *nothing* a subject of *said*; ``cautioned the
  inquiry was far from over``: *from over* a second report; ``announced that schools
  would open late Friday so students could attend``: the purpose clause a conjunct of
  the verb of saying; ``a builder who assured him the roof was ‘...’``: the report on
  the sentence's main verb; ``Daniel Moss, 47, ...``: *Daniel* an adjective; ``PALGARH,
  Nemara, Oct 9 (Worldwire) —``: the dateline; ``A wind-driven brush fire tore
  through ..., county officials said``: *tore* a noun.
* **Session 23's, from the batch ``ab``, held out in session 22.**  ``The MSP for
  Kilmorven and the Glens``: the place read as a second speaker; ``urged ministers to
  double emergency funding``: *double* an adjective of *funding*; ``says the
  64-year-old retired postman``: *retired* a verb; ``The Italian insisted Kostadinova
  could have``: *insisted* a subject; ``had not known the match would be ...``: the
  report's subject an object; ``said standing near the hold was “like ...”``: the
  gerund a complement; ``argued the rise sent ‘the wrong message’ to students already
  struggling``: the quoted object and the participle on *argued*; ``..., a claim that
  some on the quay openly doubted``: the writer's gloss read as part of the report;
  ``more than a third of those referred were``: the quantity an oblique of *added*;
  ``though he admitted his shifts now ran late``: *ran* on the quote before;
  ``Kirsty, a mother of three, first came``: the apposition a second subject;
  ``SORANTO ... - Estravia's foreign minister, Radek Halvin, resigned``: the dateline
  rule joined role and name across the comma; ``the upfront cost would pay``: *cost*
  made a verb; ``had denied that ..., calling them ...``: the participle left on the
  report.
"""
from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import replace

from quotes.cues import (CLOSING_QUOTES, QUOTE_MARKS, charges, cue_particle, is_clause, is_finite, is_negated,
                         that_complement)
from quotes.lexicon import Lexicon
from quotes.syntax import Document, Sentence, Word

# word index -> its new (head, relation), or (head, relation, features) where the
# new reading also changes the verb form, or (head, relation, features, part of
# speech) where it changes the word class, or (..., lemma) where it changes the
# word's lemma too
Fixes = dict[int, tuple]

SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl")
RELATIVE_SUBJECTS = frozenset({"which", "who"})
# "the 41-year-old" opening a sentence
AGE_BEFORE = re.compile(r"\b[Tt]he \d{1,3}-year-old$")
RELATIVE_PRONOUNS = RELATIVE_SUBJECTS | {"that", "whom"}
NOMINAL_HEADS = ("NOUN", "PROPN")
# words before "that" that make it an adverbial subordinator ("so that", "now that")
ADVERBIAL_THAT = frozenset({"so", "now", "order", "such", "given", "except", "provided"})
# words that open a question, and may front its object
WH_WORDS = frozenset({"how", "what", "which", "who", "whom", "whose", "why", "when", "where", "whether"})
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
SUBORDINATORS = frozenset({"if", "unless", "until", "because", "once", "since", "while", "although"})
# prepositions that also open clauses ("after a memo warned that ...")
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until"})
# pronouns for whoever fits a description: "anyone caught looting"
INDEFINITE_PEOPLE = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever"})
# words that open an adverbial clause, whatever relation the parser gives them
ADVERBIAL_OPENERS = SUBORDINATORS | CLAUSE_PREPOSITIONS | {"when", "whenever", "as", "though", "where"}
# "Had anyone told her ...", "Were the minister to say ...", "Should the talks fail ...":
# an auxiliary before its subject in a clause that asks nothing is a condition
INVERTED_CONDITION_AUXILIARIES = frozenset({"Had", "Were", "Should"})


def repair_document(doc: Document, lexicon: Lexicon) -> Document:
    return Document(doc.text, tuple(repair_sentence(s, lexicon) for s in doc.sentences))


def repair_sentence(sentence: Sentence, lexicon: Lexicon) -> Sentence:
    sentence = _with_lexicon_lemmas(sentence, lexicon)
    for repair in REPAIRS:
        fixes = repair(sentence, lexicon)
        if fixes:
            repaired = _rebuild(sentence, fixes)
            if _is_tree(repaired):
                sentence = repaired
    return sentence


def _with_lexicon_lemmas(sentence: Sentence, lexicon: Lexicon) -> Sentence:
    """Give a regular form of a lexicon verb its lemma where the lemmatizer
    mangled it (``conceded`` -> ``conced``), so the verb is still a cue."""
    forms = lexicon.verb_forms
    words = tuple(replace(w, lemma=forms[w.lower]) if w.upos in ("VERB", "AUX") and w.lower in forms
                  and w.lemma != forms[w.lower] else w for w in sentence.words)
    return sentence if words == sentence.words else Sentence(words, sentence.index)


def _rebuild(sentence: Sentence, fixes: Fixes) -> Sentence:
    words = tuple(_fixed(w, fixes[w.index]) if w.index in fixes else w for w in sentence.words)
    return Sentence(words, sentence.index)


def _fixed(word: Word, fix: tuple) -> Word:
    head, deprel, *rest = fix
    feats = rest[0] if rest else word.feats
    upos = rest[1] if len(rest) > 1 else word.upos
    lemma = rest[2] if len(rest) > 2 else word.lemma
    return replace(word, head=head, deprel=deprel, feats=feats, upos=upos, lemma=lemma)


def _is_tree(sentence: Sentence) -> bool:
    """Every word reaches the root without passing a word twice."""
    for word in sentence.words:
        seen = {word.index}
        current = word
        while current.head >= 0:
            if current.head in seen:
                return False
            seen.add(current.head)
            current = sentence.words[current.head]
    return True


def _as_finite(feats: str) -> str:
    """Verb features read as a finite past form ("landed" taken for a participle)."""
    kept = [f for f in feats.split("|") if f and f != "_" and not f.startswith(("VerbForm=", "Voice="))]
    return "|".join(sorted(kept + ["VerbForm=Fin"]))


def _leading_dependents(sentence: Sentence, old: Word, new: Word) -> Fixes:
    """The dependents before ``old`` (its article, adjectives, possessor) re-hung on
    ``new``, the word that now heads their phrase."""
    return {c.index: (new.index, c.deprel) for c in sentence.children(old) if c.index < old.index}


def _has_subject(sentence: Sentence, word: Word) -> bool:
    return bool(sentence.children(word, *SUBJECTS))


def _subject_taken_as_argument(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs or verb.upos not in ("VERB", "AUX"):
            continue
        # the last complement first: one before it may be an aside inside its subject
        for clause in reversed(sentence.children(verb, "ccomp")):
            copula = sentence.child(clause, "cop")
            if clause.index < verb.index or _has_subject(sentence, clause) \
                    or clause.upos not in ("VERB", "AUX") and copula is None:
                continue
            if not is_finite(sentence, clause):
                continue  # "urged Israel to halt": a non-finite complement has no subject of its own
            marks = sentence.children(clause, "mark")
            addressing = verb.lemma in lexicon.addressee_verbs
            # (a noun hung on the verb as a second complement: "added that roughly 40
            # percent of new contracts ... included Atlas")
            between = [c for c in sentence.children(verb, "obj", "nsubj", "obl", "ccomp",
                                                     *(() if addressing else ("iobj",)))
                       if verb.index < c.index < clause.index and c.upos in NOMINAL_HEADS
                       and (c.deprel != "obl" or _percentage(sentence, c))
                       and (c.deprel != "ccomp" or not sentence.children(c, "cop", "nsubj", "case"))]
            if marks and (not between or marks[0].index > between[0].index):
                continue  # "said that will ..." has lost its subject elsewhere
            # "told reporters [he] would go": the addressee is an object of its own
            if not between or (between[0].deprel == "obj" and addressing):
                continue
            # "said demand for Atlas, sold to companies, had exceeded ...": a participle set
            # off by commas between the subject and its verb modifies the subject
            asides = [c for c in sentence.children(verb, "ccomp") if between[0].index < c.index < clause.index
                      and sentence.after_comma(c) and not _has_subject(sentence, c)
                      and c.upos == "VERB" and c.feat("Tense") == "Past"]
            for aside in asides:
                fixes[aside.index] = (between[0].index, "acl", "Tense=Past|VerbForm=Part")
            fixes[between[0].index] = (clause.index, "nsubj")
            break
    return fixes


def _percentage(sentence: Sentence, noun: Word) -> bool:
    """``78 per cent``: the parser reads *per* as a preposition and the phrase
    as an oblique, but it is a bare noun phrase (a quantity)."""
    cases = [c.lower for c in sentence.children(noun, "case")]
    return cases == ["per"] and bool(sentence.children(noun, "nummod"))


def _relative_clause_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    words = sentence.words
    for pronoun in words:
        if pronoun.index < 2:
            continue
        if pronoun.lower in RELATIVE_SUBJECTS and pronoun.base_deprel == "nsubj":
            clause = sentence.head_of(pronoun)
        elif pronoun.lower == "whose" and (owned := sentence.head_of(pronoun)) is not None \
                and owned.base_deprel == "nsubj":
            # "Velic, whose government is building the dam, insisted that ..."
            clause = sentence.head_of(owned)
        else:
            continue
        governor = sentence.head_of(clause) if clause is not None else None
        comma, noun = words[pronoun.index - 1], words[pronoun.index - 2]
        if clause is not None and governor is None and comma.text == ",":
            fixes.update(_main_verb_after_relative_clause(sentence, noun, clause))
            continue
        if governor is None or clause.base_deprel not in ("ccomp", "parataxis", "conj", "advcl"):
            continue
        if comma.text != "," or noun.upos not in (*NOMINAL_HEADS, "ADJ"):
            continue
        if governor.index < clause.index:
            # "said Lund, whose side had led for 70 minutes", "the chef Aurelio Basch,
            # whose restaurant trained ...": the clause after the verb it was hung on
            # modifies the name before its comma (the head of that name's phrase)
            while noun.base_deprel in ("flat", "compound", "fixed") and noun.head < noun.index:
                noun = words[noun.head]
            if noun.index not in {w.index for w in sentence.subtree(clause)}:
                fixes[clause.index] = (noun.index, "acl:relcl")
            continue
        inside = noun.index in {w.index for w in sentence.subtree(clause)}
        if not inside and noun.head != governor.index:
            continue  # the noun has a role elsewhere ("criticised the army, which ...")
        becomes_subject = not _has_subject(sentence, governor) and noun.index < governor.index
        if inside and not becomes_subject:
            continue  # re-attaching the clause alone would close a cycle
        fixes[clause.index] = (noun.index, "acl:relcl")
        if becomes_subject:
            fixes[noun.index] = (governor.index, "nsubj")
    return fixes


def _main_verb_after_relative_clause(sentence: Sentence, noun: Word, clause: Word) -> Fixes:
    """"The historian Rachel Tennant, whose book first identified the figures, called
    the return “overdue”": the relative clause's verb made the root, the sentence's
    own verb (after the clause's closing comma, with no subject) its conjunct.  The
    noun before the relative clause is that verb's subject."""
    while noun.base_deprel in ("flat", "compound", "fixed") and noun.head > noun.index:
        noun = sentence.words[noun.head]
    main = next((c for c in sentence.children(clause, "conj", "parataxis", "advcl") if c.index > clause.index
                 and c.upos == "VERB" and sentence.after_comma(c) and not _has_subject(sentence, c)
                 and is_finite(sentence, c)), None)
    if main is None or noun.upos not in NOMINAL_HEADS or noun.index > clause.index \
            or noun.head not in (clause.index, main.index) and noun.head >= 0:
        return {}
    fixes = {main.index: (-1, "root"), clause.index: (noun.index, "acl:relcl"), noun.index: (main.index, "nsubj")}
    fixes.update({c.index: (main.index, c.deprel) for c in sentence.children(clause)
                  if c.index > main.index or c.upos == "PUNCT" and c.index == len(sentence.words) - 1})
    return fixes


def _several_subjects(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    # (only words with a subject or object can have two)
    governors = {w.head for w in sentence.words if w.base_deprel in ("nsubj", "obj")}
    for verb in sentence.words:
        if verb.index not in governors:
            continue
        nsubjs = sentence.children(verb, "nsubj")
        # "said Odessa Pruitt, a retired schoolteacher": an inverted subject's apposition
        # read as a second subject (or, after an age, as a complement: "said Maria
        # Lopes, 67, a retired teacher")
        # ("the senator said Tuesday": a day after the verb dates the saying)
        dates = [c for c in nsubjs if c.index > verb.index
                 and c.lemma.lower() in lexicon.time_nouns and not sentence.children(c, "det")]
        if dates and any(c.index < verb.index for c in nsubjs):
            fixes.update({d.index: (verb.index, "obl:tmod") for d in dates})
        inverted = sorted((c for c in nsubjs if c.index > verb.index and c not in dates), key=lambda w: w.index)
        if not inverted:
            # (or read as two objects: "insisted Maria Lopez, the team's captain")
            objects = [c for c in sentence.children(verb, "obj") if c.index > verb.index]
            inverted = objects if len(objects) == 2 else []
        if len(inverted) == 1:
            inverted += [c for c in sentence.children(verb, "ccomp", "obj", "parataxis")
                         if c.index > inverted[0].index and c.upos == "NOUN"
                         and not sentence.children(c, "cop", "nsubj", "aux")][:1]
        if len(inverted) == 2 and sentence.words[sentence.phrase_start(inverted[1]).index - 1].text == "," \
                and sentence.phrase_start(inverted[1]).index - 1 == sentence.subtree(inverted[0])[-1].index + 1:
            fixes[inverted[1].index] = (inverted[0].index, "appos")
        subjects = sorted((c for c in nsubjs if c.index < verb.index), key=lambda w: w.index)
        if len(subjects) < 2:
            continue
        # "Furthermore, officials said": a capitalised adverb the tagger took for a name
        # (but in "Tallis, a former minister, conceded" a comma closes an apposition)
        # (nor in "Kirsty, a mother of three, first came", where a comma closes it too)
        tail = sentence.subtree(subjects[1])[-1]
        closed = tail.text == "," or tail.index + 1 < verb.index and sentence.words[tail.index + 1].text == ","
        if len(sentence.subtree(subjects[0])) <= 2 and subjects[0].index == 0 and not closed \
                and sentence.words[1].text == "," and sentence.words[verb.index - 1].text != ",":
            subjects = subjects[1:]
            if len(subjects) < 2:
                continue
        # "In a statement released Saturday evening, Kestrel Bay said": a time noun
        # among them dates the saying
        dates = [c for c in subjects if c.lemma.lower() in lexicon.time_nouns and not sentence.children(c, "det")]
        if dates and len(dates) < len(subjects):
            fixes.update({d.index: (verb.index, "obl:tmod") for d in dates})
            continue
        # "The waiting list rose by 86,000, the watchdog said": a subjectless clause between
        # the two makes the first its subject, not the second's anchor
        clause = next((c for c in sentence.children(verb, "ccomp") if subjects[0].index < c.index < subjects[1].index
                       and not _has_subject(sentence, c) and is_clause(sentence, c)), None)
        if clause is not None:
            fixes[subjects[0].index] = (clause.index, "nsubj")
            continue
        # "how much compensation Fairhurst would receive": a questioned noun before the
        # subject is the verb's object
        start = sentence.phrase_start(subjects[0]).index
        if subjects[0].upos == "NOUN" and (
                any(c.lower in ("much", "many") for c in sentence.children(subjects[0], "amod", "det"))
                or start > 0 and sentence.words[start - 1].lower in ("what", "which", "whose")):
            fixes[subjects[0].index] = (verb.index, "obj")
            continue
        main, last = subjects[0], subjects[0]
        for other in subjects[1:]:
            extent = sentence.subtree(other)
            # the comma before an apposition is often attached inside it
            start = sentence.phrase_start(other).index
            before = sentence.words[start - 1] if start > 0 else None
            if other.upos == "PROPN" and last.upos == "PROPN" and other.index == last.index + 1:
                fixes[other.index] = (main.index, "flat")
            elif last is main and main.upos == "NOUN" and other.upos == "PROPN" \
                    and extent[0].index == main.index + 1:
                # "spokesman Daniel Hagari said": the role word modifies the name (and an
                # apposition after the name hung on the role word describes the name)
                fixes[main.index] = (other.index, "compound")
                fixes.update({a.index: (other.index, "appos") for a in sentence.children(main, "appos")
                              if a.index > other.index})
                main = other
            elif before is not None and before.text == "," and before.index > main.index \
                    and sentence.words[start].lower != "whose":  # "X, whose government ...": a relative clause
                fixes[other.index] = (main.index, "appos")
            elif other.upos == "NUM" and start == sentence.subtree(last)[-1].index + 1:
                # "the world No 1 said": a number right after a noun phrase ranks or
                # counts it; it is no second subject
                fixes[other.index] = (last.index, "nummod")
            elif sentence.children(other, "case") and start == sentence.subtree(last)[-1].index + 1:
                # "a spokesperson for the state police told": a subject takes no
                # preposition; the phrase modifies the subject before it
                fixes[other.index] = (last.index, "nmod")
            else:
                continue
            last = other
    return fixes


def _complement_on_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs or verb.upos not in ("VERB", "AUX"):
            continue
        # an adjunct ("in recent days"), or the person addressed ("told state television")
        addressees = sentence.children(verb, "obj", "iobj") if verb.lemma in lexicon.addressee_verbs else []
        for adjunct in sentence.children(verb, "obl") + addressees + sentence.children(verb, "advmod"):
            holders = [] if adjunct.lemma in lexicon.cue_nouns or (
                adjunct.base_deprel == "obl" and not sentence.children(adjunct, "case")) else [adjunct]
            # (or on a noun inside it: "said in an email to the Tribune that her client ...",
            # "said in a statement carried by state media that it had targeted ...")
            holders += [n for n in sentence.children(adjunct, "nmod") if sentence.children(n, "case")]
            holders += [n for v in sentence.children(adjunct, "acl") if v.upos == "VERB"
                        for n in sentence.children(v, "obl", "obl:agent") if sentence.children(n, "case")]
            # a "relative clause" whose "that" fills no slot is the complement too
            # ("wrote on Twitter that voters deserved answers")
            clause = next((c for holder in holders for c in sentence.children(holder, "acl") if (
                c.deprel != "acl:relcl" and any(m.lower == "that" for m in sentence.children(c, "mark"))
                or c.deprel == "acl:relcl" and that_complement(sentence, c)
                or holder in addressees and _bare_clause_after(sentence, holder, c))), None)
            if clause is None and adjunct.base_deprel == "advmod":
                # ("had assured her only a fortnight ago that her job was safe": a clause
                # on "ago" read as its adverbial clause)
                clause = next((c for c in sentence.children(adjunct, "advcl") if c.index > adjunct.index
                               and any(m.lower == "that" for m in sentence.children(c, "mark"))), None)
            if clause is None:
                continue
            # "told reporters that the company had moved and that the offer was final":
            # a complement the verb already has is the second of two coordinated ones
            others = sentence.children(verb, "ccomp")
            conjunctions = [c for o in others for c in sentence.children(verb, "cc") + sentence.children(o, "cc")
                            if clause.index < c.index < o.index]
            if others and not (len(others) == 1 and others[0].index > clause.index and conjunctions):
                break
            fixes[clause.index] = (verb.index, "ccomp")
            for other in others:
                fixes[other.index] = (clause.index, "conj")
                fixes[conjunctions[0].index] = (other.index, "cc")
            break
    return fixes


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why"})


def _bare_clause_after(sentence: Sentence, addressee: Word, clause: Word) -> bool:
    """Whether ``clause``, read as a relative clause on the person addressed,
    is a complement with no "that" ("told the Ledger she had waited 19 months"):
    it starts right after the addressee, with a subject of its own and no
    relative word."""
    words = sentence.subtree(clause)
    own = [w for w in sentence.subtree(addressee) if w.index not in {x.index for x in words}]
    return clause.deprel == "acl:relcl" and words[0].index == own[-1].index + 1 \
        and bool(sentence.children(clause, "nsubj", "nsubj:pass")) and is_finite(sentence, clause) \
        and not any(w.lower in RELATIVE_WORDS for w in words[:2])


def _condition_cut_off(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs:
            continue
        for clause in sentence.children(verb, "ccomp"):
            fronted = clause.index < verb.index
            end = sentence.subtree(clause)[-1].index
            # a second "complement" opening with "because" is the same kind of clause
            # (also before a closing attribution: "The state would face a shortfall if the
            # budget became law, Ortiz said")
            for other in sentence.children(verb, "advcl", "conj", "ccomp"):
                if other.index == clause.index:
                    continue
                extent = sentence.subtree(other)
                if fronted and extent[-1].index > verb.index:
                    continue
                start = extent[0].index
                if start == end + 2 and sentence.words[end + 1].text == ",":
                    start -= 1
                if start == end + 1 and any(m.lower in SUBORDINATORS for m in sentence.children(other, "mark")):
                    fixes[other.index] = (clause.index, "advcl")
    return fixes


# relations that join separate phrases: climbing past them leaves the noun phrase
PHRASE_BOUNDARIES = ("appos", "conj", "acl", "obl", "obj", "nsubj", "parataxis", "advcl", "ccomp", "root")


def _subject_hung_before(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        # (or a verb whose subject a verb of saying shares: "X intervened to remind members that")
        saying = verb.lemma in lexicon.cue_verbs or any(
            c.lemma in lexicon.cue_verbs for c in sentence.children(verb, "xcomp"))
        if not saying or verb.upos != "VERB" or verb.feat("VerbForm") != "Fin" \
                or verb.index == 0 or _has_subject(sentence, verb):
            continue
        # the phrase ends right before the verb, or before a comma closing an apposition
        last = verb.index - 2 if sentence.words[verb.index - 1].text == "," else verb.index - 1
        # (an age set off by commas belongs to the name before it: "Whitford, 56, wrote")
        age = None
        if sentence.words[last].upos == "NUM" and sentence.words[last].base_deprel == "appos" \
                and sentence.words[last].head < last:
            # (the name right before its comma, wherever the parser hung the age)
            age = sentence.words[last]
            named = sentence.words[last - 2] if last >= 2 and sentence.words[last - 1].text == "," else None
            last = named.index if named is not None and named.upos == "PROPN" else age.head
        # "the National Association of Classroom Teachers (NACT) said": an abbreviation in
        # brackets after the name belongs to it
        last = _before_brackets(sentence, last)
        head = sentence.words[last]
        if head.upos not in NOMINAL_HEADS:
            continue
        while head.base_deprel not in PHRASE_BOUNDARIES and (up := sentence.head_of(head)) is not None \
                and up.index < verb.index and up.upos in NOMINAL_HEADS:
            head = up
        # "the union's general secretary, Mick Dawson, told": the apposition's anchor heads the
        # phrase; "analysts and Western diplomats warn": so does the first conjunct
        anchor = sentence.head_of(head)
        # (a noun after a preposition is no subject: "In Dunmore, Hollis, a former treasurer, argued";
        # but "as" also opens clauses: "as Republican nominee Frank Hollis said")
        if head.base_deprel in ("appos", "conj") and anchor is not None and anchor.index < head.index \
                and anchor.upos in NOMINAL_HEADS and _opens_clause(sentence, anchor) \
                and all(c.lower == "as" for c in sentence.children(anchor, "case")):
            head = anchor
        opens_clause = _opens_clause(sentence, head) \
            and all(c.lower == "as" for c in sentence.children(head, "case"))
        if opens_clause and not any(a.index == head.index for a in sentence.ancestors(verb)) \
                and sentence.subtree(head)[-1].index >= last and sentence.subtree(head)[-1].index < verb.index:
            fixes[head.index] = (verb.index, "nsubj")
            if age is not None and age.head != last:
                fixes[age.index] = (last, "appos")
    return fixes


def _before_brackets(sentence: Sentence, last: int) -> int:
    """The index of the word before a bracketed aside that ends at ``last``
    (``last`` itself when no bracket closes there)."""
    if sentence.words[last].text != ")":
        return last
    for i in range(last - 1, 0, -1):
        if sentence.words[i].text == "(":
            return i - 1
    return last


def _ends_before(sentence: Sentence, word: Word, verb: Word) -> bool:
    """Whether ``word``'s phrase ends right before ``verb``, or before a comma
    right before it."""
    last = sentence.subtree(word)[-1].index
    return last == verb.index - 1 or (last == verb.index - 2 and sentence.words[verb.index - 1].text == ",")


def _verbs_of_saying(sentence: Sentence, lexicon: Lexicon) -> Iterator[Word]:
    """Each verb of the sentence whose lemma is a verb of saying (or one with the
    particle that makes it one: "pointed out", "put it")."""
    return (w for w in sentence.words if w.upos == "VERB" and (w.lemma in lexicon.cue_verbs or (
        w.lemma in lexicon.particle_cue_verbs and cue_particle(sentence, w, lexicon.particle_cue_verbs[w.lemma]))))


def _sayings_with_subject(sentence: Sentence, lexicon: Lexicon) -> Iterator[tuple[Word, Word]]:
    """``(verb, subject)`` for each verb of saying with a subject before it."""
    for verb in _verbs_of_saying(sentence, lexicon):
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        if subject is not None:
            yield verb, subject


def _subject_inside_fronted_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        if subject.upos != "NOUN" or not _ends_before(sentence, subject, verb):
            continue
        start = sentence.phrase_start(subject).index
        before = sentence.words[start - 1] if start > 0 else None
        # "Opening the case, prosecutor Alison Marsh told": the participle's object
        # taken for the subject, the name for its apposition
        named = next((a for a in sentence.children(subject, "appos") if a.index > subject.index
                      and sentence.after_comma(a) and _ends_before(sentence, a, verb)
                      and any(w.upos == "PROPN" for w in sentence.subtree(a))), None)
        if named is not None and before is not None and before.upos == "VERB" \
                and before.feat("VerbForm") in ("Part", "Ger") and before.head == verb.index \
                and not sentence.children(before, "obj"):
            fixes[subject.index] = (before.index, "obj")
            fixes[named.index] = (verb.index, "nsubj")
            continue
        # "in Dunmore, Hollis, a former treasurer, argued": the name hung on the
        # fronted phrase, its description (set off by commas) taken for the subject
        if start < 2 or sentence.words[start - 1].text != "," or sentence.words[verb.index - 1].text != "," \
                or sentence.words[start].lower not in ("a", "an", "the"):
            continue
        name = sentence.words[start - 2]
        while name.upos == "PROPN" and name.base_deprel in ("flat", "compound") \
                and (up := sentence.head_of(name)) is not None and up.upos == "PROPN":
            name = up
        # the name stands alone after the fronted phrase's comma; a name inside the
        # phrase ("Opening the hearing in Harrowby, the inquiry’s chairman, …") is no subject
        name_start = sentence.phrase_start(name).index
        stands_alone = name_start > 0 and sentence.words[name_start - 1].text == "," \
            and not sentence.children(name, "case")
        if name.upos == "PROPN" and name.head >= 0 and name.head < name.index and stands_alone \
                and sentence.subtree(name)[-1].index == start - 2:
            fixes[name.index] = (verb.index, "nsubj")
            fixes[subject.index] = (name.index, "appos")
    return fixes


def _subject_read_as_oblique(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Trial participant Rosa Delgado, 43, a school librarian, said": the named
    phrase made an oblique of *said* and its description the subject.  A noun
    phrase with no preposition that opens the sentence cannot be an oblique
    (unless it names a time: "Last week, the minister said"); before a subject
    set off by a comma, it is the subject, and what follows its apposition."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(subject).index
        oblique = next((o for o in sentence.children(verb, "obl") if o.index < subject.index
                        and o.upos in NOMINAL_HEADS and not sentence.children(o, "case")
                        and sentence.phrase_start(o).index == 0 and o.lemma.lower() not in lexicon.time_nouns
                        and max(w.index for w in sentence.subtree(o) if w.upos != "PUNCT") == start - 2), None)
        # (a pronoun is no apposition: "Breeding programmes, she said, were …" is the
        # report's subject before a parenthetical attribution)
        if oblique is None or sentence.words[start - 1].text != "," or not _ends_before(sentence, subject, verb) \
                or subject.upos == "PRON":
            continue
        fixes[oblique.index] = (verb.index, "nsubj")
        fixes[subject.index] = (oblique.index, "appos")
    return fixes


def _subject_before_parenthetical_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Breeding programmes, she said, were “part of the answer”": *programmes*
    hung on *said*, the report after it left with no subject.  An attribution set
    off by commas inside a clause splits it; the noun phrase before the first
    comma is the subject of the report after the second."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(subject).index
        # (a predicate noun with its copula may have been read as the verb's object:
        # "Hospitals, she explained, were attractive targets")
        report = next((c for c in sentence.children(verb, "ccomp", "obj", "xcomp") if c.index > verb.index
                       and (c.base_deprel == "ccomp" or sentence.children(c, "cop"))
                       and (not _has_subject(sentence, c) or _addressee_before_comma(sentence, verb, c, lexicon))),
                      None)
        fronted = next((n for n in sentence.children(verb, "obl", "nsubj", "dep", "obj", "vocative") if n.index < start
                        and n.upos in NOMINAL_HEADS and not sentence.children(n, "case")
                        and sentence.phrase_start(n).index == 0
                        and max(w.index for w in sentence.subtree(n) if w.upos != "PUNCT") == start - 2), None)
        addressee = _addressee_before_comma(sentence, verb, report, lexicon) if report is not None else None
        end = sentence.subtree(addressee)[-1].index if addressee is not None else verb.index
        if report is None or fronted is None or start < 2 or sentence.words[start - 1].text != "," \
                or end + 1 >= len(sentence.words) or sentence.words[end + 1].text != ",":
            continue
        fixes[fronted.index] = (report.index, "nsubj")
        if report.base_deprel != "ccomp":
            fixes[report.index] = (verb.index, "ccomp")
        if addressee is not None:
            fixes[addressee.index] = (verb.index, "obj")
    return fixes


def _addressee_before_comma(sentence: Sentence, verb: Word, report: Word, lexicon: Lexicon) -> Word | None:
    """The addressee of *told* in "Schools, the minister told the chamber, had
    seen ...": the noun phrase right after the verb, up to a comma, wherever the
    parser hung it (on the verb, or as a subject or object of the report)."""
    if verb.lemma not in lexicon.addressee_verbs or verb.index + 1 >= len(sentence.words):
        return None
    noun = next((c for c in [*sentence.children(verb, "obj", "iobj"), *sentence.children(report, "nsubj", "obj")]
                 if c.upos in NOMINAL_HEADS and sentence.phrase_start(c).index == verb.index + 1), None)
    return noun if noun is not None and noun.index < report.index else None


def _speaker_read_as_apposition_of_the_reports_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The decision, the club’s chief executive, Priya Lathom, told reporters, was
    taken unanimously": the speaker read as an apposition of *decision*, taken for
    the subject of *told*, and the report after the aside left with none.  When a
    report with no subject follows the attribution's closing comma, the noun
    phrase set off by commas before the verb speaks and the one before it is the
    report's subject."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        report = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                       and not _has_subject(sentence, c) and sentence.after_comma(c)), None)
        speaker = next((a for a in sentence.children(subject, "appos") if a.index > subject.index
                        and a.upos in NOMINAL_HEADS and sentence.after_comma(a)
                        and sentence.subtree(a)[-1].index == verb.index - 2), None)
        if report is None or speaker is None or sentence.phrase_start(subject).index != 0 \
                or sentence.words[verb.index - 1].text != ",":
            continue
        fixes[speaker.index] = (verb.index, "nsubj")
        fixes[subject.index] = (report.index, "nsubj:pass" if sentence.children(report, "aux:pass") else "nsubj")
    return fixes


def _closing_speaker_read_as_apposition_of_the_reports_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A three-year-old boy died from ..., a coroner has ruled.": *coroner* read as an
    apposition of *boy*, *boy* as the subject of *ruled*, *died* as a participle on
    *boy*.  An apposition is closed by a comma before the verb; a noun phrase after a
    comma that runs straight into a closing verb of saying is its subject, and the
    finite clause before it the report."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        first = min([verb] + [c for c in sentence.children(verb, "aux")], key=lambda w: w.index)
        speaker = next((a for a in sentence.children(subject, "appos") if a.index > subject.index
                        and a.upos in NOMINAL_HEADS and sentence.after_comma(a)
                        and sentence.subtree(a)[-1].index == first.index - 1), None)
        clause = next((c for c in sentence.children(subject, "acl", "acl:relcl") if c.upos == "VERB"
                       and c.index < (speaker.index if speaker else 0) and c.feat("Tense") == "Past"
                       and not _has_subject(sentence, c)), None)
        # (after a dateline too: "PORTLAND, Maine (AP) — More than 80,000 homes remained ...")
        opening = next((w.index for w in sentence.words[dateline_length(sentence):] if w.upos != "PUNCT"), 0)
        if speaker is None or clause is None or sentence.children(verb, "ccomp") \
                or sentence.phrase_start(subject).index not in (_after_opening_punctuation(sentence), opening):
            continue
        fixes[speaker.index] = (verb.index, subject.deprel)
        fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
        fixes[subject.index] = (clause.index, "nsubj")
        fixes.update({c.index: (clause.index, c.deprel) for c in sentence.children(subject)
                      if c.index > clause.index and c.index != speaker.index})
    return fixes


def _subject_read_as_oblique_before_parenthetical_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The ship, Sayle said in an interview with the Gazette, was probably carrying
    wool": *ship* read as a bare oblique of *said*, and the report after the aside left
    with no subject.  A bare noun phrase opening the sentence, closed by the comma before
    the attribution, is the subject of the report that follows it."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(subject).index
        bare = next((o for o in sentence.children(verb, "obl") if o.upos in NOMINAL_HEADS
                     and not sentence.children(o, "case") and sentence.phrase_start(o).index == 0
                     and sentence.words[start - 1].text == ","
                     and all(w.upos == "PUNCT" for w in sentence.words[sentence.subtree(o)[-1].index + 1:start])
                     and o.lemma.lower() not in lexicon.time_nouns), None)
        report = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                       and not _has_subject(sentence, c) and sentence.after_comma(c)), None)
        if bare is not None and report is not None:
            fixes[bare.index] = (report.index, "nsubj:pass" if sentence.children(report, "aux:pass") else "nsubj")
    return fixes


def _fronted_adjunct_before_parenthetical_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Without her, Brandt says, half of them would be hanging on a museum wall":
    *Without her* hung on *says*.  An attribution set off by commas inside a
    sentence is an aside; what comes before it belongs to the clause it reports."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(subject).index
        report = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                       and _has_subject(sentence, c)), None)
        if report is None or start < 2 or sentence.words[start - 1].text != "," \
                or verb.index + 1 >= len(sentence.words) or sentence.words[verb.index + 1].text != ",":
            continue
        fronted = [c for c in sentence.children(verb, "obl", "advcl", "advmod") if c.index < start]
        if fronted and sentence.phrase_start(min(fronted, key=lambda c: c.index)).index == 0:
            fixes.update({c.index: (report.index, c.deprel) for c in fronted})
    return fixes


def _closing_attribution_read_as_adverbial(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Nadia Threlfall ... took 612 votes to Mr Pellow's 571, returning officer Deborah
    Quayle announced shortly after 1am": *announced* read as an adverbial clause of
    *took*.  A verb of saying with its own subject and no subordinator, after a comma,
    that ends the sentence, is the attribution of the clause before it."""
    words = sentence.words
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        clause = sentence.head_of(verb)
        start = sentence.phrase_start(subject).index
        last = max(w.index for w in sentence.subtree(verb) if w.upos != "PUNCT")
        if verb.base_deprel != "advcl" or clause is None or clause.index > start or start < 2 \
                or words[start - 1].text != "," or sentence.children(verb, "mark") \
                or verb.feat("VerbForm") != "Fin" or sentence.children(subject, "case") \
                or any(w.upos != "PUNCT" for w in words[last + 1:]) \
                or not _has_subject(sentence, clause) or subject.index > verb.index \
                or subject.lemma.lower() in lexicon.time_nouns:
            # (not a measure of time: "..., a day after a newspaper published his emails")
            continue
        fixes = {verb.index: (clause.head, clause.deprel), clause.index: (verb.index, "ccomp")}
        fixes.update({p.index: (verb.index, "punct") for p in sentence.children(clause, "punct")
                      if p.index > last})
        return fixes
    return {}


def _reports_subject_before_a_parenthetical_attribution_read_as_its_subject(
        sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Visitors, he says, still ask him whether the lamp is lit by hand": *Visitors* read
    as a second subject of *says*, leaving *ask* with none.  Before an attribution set
    off by commas inside the clause, a noun phrase with a subject of its own after it is
    the subject of the report that follows."""
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        subjects = [s for s in sentence.children(verb, "nsubj") if s.index < verb.index]
        if len(subjects) != 2:
            continue
        first, subject = subjects
        report = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                       and not _has_subject(sentence, c)), None)
        if first is None or report is None or subject.index != verb.index - 1 \
                or max(w.index for w in sentence.subtree(first) if w.upos != "PUNCT") + 2 != subject.index \
                or words[subject.index - 1].text != "," or words[verb.index + 1].text != ",":
            continue
        return {first.index: (report.index, "nsubj")}
    return {}


def _parenthetical_attribution_read_as_adverbial(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Federal investigators, he argued, had asked the bank to hold off": the
    attribution set off by commas inside the clause taken for an adverbial of the
    clause's verb.  A verb of saying with its own subject and nothing else between
    two commas, after the clause's subject, reports the whole clause."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        clause = sentence.head_of(verb)
        start = sentence.phrase_start(subject).index
        if verb.base_deprel not in ("advcl", "parataxis") or clause is None or clause.index < verb.index \
                or start < 2 or sentence.words[start - 1].text != "," \
                or verb.index + 1 >= len(sentence.words) or sentence.words[verb.index + 1].text != "," \
                or any(c.upos != "PUNCT" and c.index != subject.index for c in sentence.children(verb)):
            continue
        # (the clause's subject may have been read as a bare oblique: "Rising flour prices,
        # she explains, have cut her margins")
        bare = next((o for o in sentence.children(clause, "obl") if o.upos in NOMINAL_HEADS
                     and not sentence.children(o, "case") and sentence.phrase_start(o).index == 0
                     and o.lemma.lower() not in lexicon.time_nouns), None)
        if not any(s.index < start for s in sentence.children(clause, "nsubj", "nsubj:pass")):
            if bare is None or _has_subject(sentence, clause):
                continue
            fixes[bare.index] = (clause.index, "nsubj")
        fixes[verb.index] = (clause.head, clause.deprel)
        fixes[clause.index] = (verb.index, "ccomp")
        # the sentence's own punctuation goes with its new root
        fixes.update({p.index: (verb.index, "punct") for p in sentence.children(clause, "punct")
                      if p.index == len(sentence.words) - 1})
    return fixes


def _question_read_as_an_adverbial_of_asking(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"had asked a planning officer in 2022 whether the tower would need a variance":
    the *whether* clause read as an adverbial clause of *asked*.  A clause opened by
    *whether* on a verb of asking is the question asked (so is one opened by *if* right
    after the one asked, when the verb has no other complement)."""
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.question_framing_verbs or verb.upos != "VERB" \
                or sentence.children(verb, "ccomp", "xcomp"):
            continue
        asked = [o.index for o in sentence.children(verb, "obj", "iobj")]
        for clause in sentence.children(verb, "advcl"):
            marks = [m.lower for m in sentence.children(clause, "mark")]
            start = sentence.phrase_start(clause).index
            if clause.index > verb.index and ("whether" in marks or "if" in marks and any(
                    sentence.subtree(sentence.words[o])[-1].index == start - 1 for o in asked)):
                fixes[clause.index] = (verb.index, "ccomp")
                break
    return fixes


def _question_word_hung_before(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said her office had opened an investigation into whether the bank notified
    customers": *whether* hung on *opened*, as if the report were a question.  A
    subordinator stands before the clause it opens: one after its head opens the
    clause of the next verb."""
    fixes = {}
    for mark in sentence.words:
        head = sentence.head_of(mark)
        if mark.lower not in ("whether", "if") or mark.deprel != "mark" or head is None or head.index > mark.index:
            continue
        verb = next((w for w in sentence.words[mark.index + 1:] if w.upos == "VERB"), None)
        if verb is not None and head in sentence.ancestors(verb):
            fixes[mark.index] = (verb.index, "mark")
    return fixes


def _subject_read_as_apposition_of_fronted_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Outside Parliament, the charity Refuge Action Network said": an apposition
    is closed by a comma before the verb ("Hezbollah, the militant group, said");
    one that runs into the verb is the subject, and the phrase before the comma
    is fronted."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        if sentence.phrase_start(subject).index != 0:
            continue
        # a singular common noun with no determiner cannot be a subject ("Outside court,
        # the hospice’s chair of trustees, the Rev Alan Crossley, said"): whatever closes
        # the apposition, the phrase before the comma is fronted
        # (but a role word right before a name is a title: "Trial participant Rosa Delgado, 43, …")
        bare = subject.upos == "NOUN" and subject.feat("Number") != "Plur" and subject.text.islower() \
            and not sentence.children(subject, "det", "nmod:poss", "nummod") \
            and not any(n.upos == "PROPN" and n.index == subject.index + 1 or
                        n.upos == "PROPN" and sentence.phrase_start(n).index == subject.index + 1
                        for n in sentence.children(subject, "appos", "flat", "compound"))
        apposition = next((a for a in sentence.children(subject, "appos") if a.index > subject.index
                           and sentence.after_comma(a)
                           and (bare and a.index < verb.index or sentence.subtree(a)[-1].index == verb.index - 1
                                and sentence.words[verb.index - 1].upos != "PUNCT")), None)
        if apposition is not None and len(sentence.children(verb, "nsubj")) == 1:
            fixes[apposition.index] = (verb.index, "nsubj")
            fixes[subject.index] = (verb.index, "obl")
    return fixes


def _subject_read_as_apposition_of_fronted_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Under cross-examination, the defence lawyer, Tom Hale, pressed Mira Cole":
    *lawyer* read as a conjunct or apposition of *cross-examination*, and
    *pressed* left with no subject.  A noun phrase with a determiner after the
    comma that closes a fronted prepositional phrase, itself closed by a comma
    right before a finite verb with no subject, is that verb's subject."""
    root = sentence.root()
    if root is None or root.upos not in ("VERB", "AUX") or _has_subject(sentence, root) \
            or not is_finite(sentence, root) or sentence.words[root.index - 1].text != ",":
        return {}
    adjunct = next((c for c in sentence.children(root, "obl", "advmod") if c.index < root.index
                    and sentence.phrase_start(c).index == 0 and sentence.children(c, "case")), None)
    if adjunct is None:
        return {}
    # (or of a noun deeper in it: "In a video posted to the company’s website, Kestrel’s
    # chief executive, Martin Halloran, apologized")
    fronted = [w for c in sentence.children(root) if c.index < root.index for w in sentence.subtree(c)]
    subject = next((n for n in fronted if n.base_deprel in ("appos", "conj") and n.upos == "NOUN"
                    and sentence.after_comma(n) and sentence.children(n, "det", "nmod:poss")
                    and not sentence.children(n, "case", "cc")
                    and [w for w in sentence.subtree(n) if w.upos != "PUNCT"][-1].index == root.index - 2), None)
    return {} if subject is None else {subject.index: (root.index, "nsubj")}


def _speakers_role_read_as_apposition_inside_fronted_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Asked whether staff had blamed the family, the association’s deputy director
    of property services, Gillian Marsh, told the inquest ...": *director* read as an
    apposition of *family*, inside the fronted clause.  A definite role set off by
    commas right before the name that is the subject of a verb of saying is that
    name's role: it heads the subject, the name its apposition."""
    fixes = {}
    for verb, name in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(name)
        if name.upos != "PROPN" or start.index < 3 or sentence.words[start.index - 1].text != ",":
            continue
        role = next((w for w in sentence.words[:start.index - 1] if w.base_deprel == "appos"
                     and w.upos == "NOUN" and w.lower in lexicon.title_heads and sentence.after_comma(w)
                     and sentence.children(w, "det", "nmod:poss")
                     and sentence.subtree(w)[-1].index == start.index - 2), None)
        if role is not None and role.head < role.index:
            fixes[role.index] = (verb.index, name.deprel)
            fixes[name.index] = (role.index, "appos")
    return fixes


def _subject_read_as_apposition_of_the_fronted_source(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"According to a report by the safety board, painters working for the contractor
    had removed ...": *painters* read as an apposition of *board*, what describes them
    hung on the board, and *removed* left with no subject.  The noun phrase after the
    comma that closes a fronted phrase, running up to a finite verb with no subject,
    is that verb's subject, and the modifiers between are its own."""
    root = sentence.root()
    if root is None or root.upos not in ("VERB", "AUX") or _has_subject(sentence, root) \
            or not is_finite(sentence, root):
        return {}
    adjunct = next((c for c in sentence.children(root, "obl") if c.index < root.index
                    and sentence.phrase_start(c).index == 0), None)
    if adjunct is None:
        return {}
    # the verb's own leading words: "had" in "had removed"
    verb_start = min([root.index] + [c.index for c in sentence.children(root, "aux", "advmod", "punct")
                                     if c.index < root.index and c.index > adjunct.index])
    for noun in sentence.subtree(adjunct):
        host = sentence.head_of(noun)
        if noun.base_deprel not in ("appos", "conj") or noun.upos not in ("NOUN", "PROPN") or host is None \
                or not sentence.after_comma(noun) or sentence.children(noun, "case", "cc"):
            continue
        modifiers = [m for m in sentence.children(host, "acl", "acl:relcl", "nmod") if m.index > noun.index]
        covered = {w.index for part in [noun, *modifiers] for w in sentence.subtree(part)}
        gap = [w for w in sentence.words[noun.index:verb_start] if w.upos != "PUNCT"]
        if gap and all(w.index in covered for w in gap):
            fixes = {noun.index: (root.index, "nsubj")}
            fixes.update({m.index: (noun.index, m.deprel) for m in modifiers})
            # (and the commas of its asides, wherever they were hung)
            fixes.update({w.index: (noun.index, "punct") for w in sentence.words[noun.index:verb_start]
                          if w.upos == "PUNCT" and w.index not in covered})
            return fixes
    return {}


def _subject_read_as_apposition_inside_fronted_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"In an interview with The Associated Press, Marcus Odell, who directs the
    county health department, said": the speaker taken for an apposition of the
    last noun of the fronted adjunct (with its relative clause), and *said* left
    without a subject (or with the speaker's own apposition as subject: "At a union
    meeting Thursday night, Jorge Villalba, 71, a retired bus mechanic, asked").  A
    name after the adjunct's comma, followed by nothing but its asides before the
    verb, is the verb's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.feat("VerbForm") in ("Ger", "Part", "Inf") or sentence.words[verb.index - 1].text != ",":
            continue
        subject = next((c for c in sentence.children(verb, "nsubj") if c.index < verb.index), None)
        if subject is not None and subject.upos != "NOUN":
            continue
        for name in sentence.words[:verb.index]:
            host = sentence.head_of(name)
            if name.base_deprel != "appos" or name.upos != "PROPN" or host is None or not sentence.after_comma(name) \
                    or verb not in sentence.ancestors(name) or subject is not None and name.index > subject.index:
                continue
            asides = [c for c in sentence.children(host, "acl:relcl") if c.index > name.index]
            end = max([sentence.subtree(name)[-1].index] + [sentence.subtree(a)[-1].index for a in asides])
            rest = [w for w in sentence.words[end + 1:verb.index] if w.upos != "PUNCT"]
            ages = [w for w in rest if w.upos == "NUM" and w.text.isdigit() and sentence.after_comma(w)
                    and all(c.upos == "PUNCT" for c in sentence.children(w))]
            described = [w for w in rest if w not in ages]
            # (what is left is one description of the speaker: "a retired bus mechanic")
            description = next((w for w in described if w.upos == "NOUN" and w.base_deprel in ("nsubj", "conj", "appos")
                                and {x.index for x in described} <= {x.index for x in sentence.subtree(w)}), None)
            if described and (description is None or not sentence.after_comma(description)) \
                    or subject is not None and subject != description:
                continue
            fixes[name.index] = (verb.index, "nsubj")
            fixes.update({a.index: (name.index, "acl:relcl") for a in asides})
            fixes.update({a.index: (name.index, "appos") for a in ages})
            if description is not None:
                fixes[description.index] = (name.index, "appos")
            break
    return fixes


def _apposition_of_fronted_phrase_read_as_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"According to Parents United, a campaign group, more than 40,000 families
    have signed": the description set off by commas after the fronted phrase
    taken for the subject, the real subject for its apposition.  An indefinite
    noun phrase between two commas after a fronted name describes that name."""
    fixes = {}
    for verb in sentence.words:
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        if subject is None or sentence.phrase_start(subject).lower not in ("a", "an") \
                or not sentence.after_comma(subject):
            continue
        fronted = next((o for o in sentence.children(verb, "obl", "advcl") if o.index < subject.index
                        and o.upos in NOMINAL_HEADS and sentence.phrase_start(o).index == 0), None)
        first_after = sentence.subtree(verb)[0] if fronted is None else None
        if fronted is None or first_after is None and sentence.phrase_start(subject).index - 2 \
                != max(w.index for w in sentence.subtree(fronted) if w.upos != "PUNCT"):
            continue
        apposition = next((a for a in sentence.children(subject, "appos") if a.index > subject.index
                           and sentence.after_comma(a) and a.upos in NOMINAL_HEADS
                           and sentence.subtree(a)[-1].index < verb.index), None)
        if apposition is None:
            continue
        fixes[subject.index] = (fronted.index, "appos")
        fixes[apposition.index] = (verb.index, "nsubj")
    return fixes


def _role_read_as_modifier_of_its_organization(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"a Department of Health spokesperson said", "a Department for Education
    spokesperson said": the parser makes the
    organization's first word the subject and hangs "of Health spokesperson" on
    it; the role noun right before the verb is the head of the subject."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        if not subject.text[:1].isupper():
            continue
        role = next((m for m in sentence.children(subject, "nmod") if m.lower in lexicon.title_heads
                     and m.text.islower() and _ends_before(sentence, m, verb)), None)
        if role is None:
            continue
        case = sentence.children(role, "case")
        name = [c for c in sentence.children(role, "compound") if c.index < role.index
                and (c.upos == "PROPN" or c.upos == "NOUN" and c.text[:1].isupper())]
        # ("a Department for Education spokesperson")
        if len(case) != 1 or case[0].lower not in ("of", "for") or not name:
            continue
        fixes[role.index] = (verb.index, "nsubj")
        fixes[subject.index] = (role.index, "compound")
        fixes[name[-1].index] = (subject.index, "nmod")
        fixes[case[0].index] = (name[-1].index, "case")
        for determiner in sentence.children(subject, "det"):
            fixes[determiner.index] = (role.index, "det")
    return fixes


def _clause_after_semicolon(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for clause in sentence.words:
        head = sentence.head_of(clause)
        if clause.base_deprel not in ("ccomp", "conj") or head is None or head.index > clause.index \
                or not _has_subject(sentence, clause):
            continue
        start = sentence.phrase_start(clause).index
        if start > 0 and sentence.words[start - 1].text == ";" and head.index < start - 1:
            fixes[clause.index] = (head.index, "parataxis")
    return fixes


def _introduction_before_a_colon_hung_on_the_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The executive paused before replying: "I can't give you a number today."": the
    quote's verb made the root, *paused* an adverbial clause on it and *executive* an
    adjective on *paused*.  A clause that ends on a colon before a quotation mark
    introduces the quote: it is the main clause, and the quote hangs on it.  A verb
    takes no adjective: one after *the* that opens the clause is its subject."""
    words = sentence.words
    root = sentence.root()
    if root is None:
        return {}
    colon = next((w for w in words[1:root.index] if w.text == ":" and words[w.index + 1].text in QUOTE_MARKS), None)
    verb = next((c for c in sentence.children(root, "advcl", "ccomp", "csubj", "parataxis")
                 if colon is not None and c.index < colon.index and c.upos == "VERB"
                 and sentence.subtree(c)[-1].index < colon.index), None)
    if verb is None or sentence.phrase_start(verb).index != 0:
        return {}
    fixes = {verb.index: (-1, "root"), root.index: (verb.index, "parataxis"), colon.index: (root.index, "punct")}
    if not _has_subject(sentence, verb):
        subject = next((a for a in sentence.children(verb, "amod") if a.index < verb.index
                        and any(d.lower in ("the", "a", "an") for d in sentence.children(a, "det"))), None)
        if subject is None:
            subject = next((a for a in sentence.children(verb, "amod") if a.index == 1 and words[0].lower == "the"
                            and words[0].head == verb.index), None)
            if subject is not None:
                fixes[words[0].index] = (subject.index, "det")
        if subject is not None:
            fixes[subject.index] = (verb.index, "nsubj", "Number=Sing", "NOUN")
    return fixes


def _modifier_inside_the_subject_read_as_a_second_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"the former India all-rounder told reporters": *India* read as a subject of
    *told* beside *all-rounder*, inside that subject's own words (*the former ...*).
    A subject that stands between another subject's determiner and its noun is no
    subject but a modifier of that noun."""
    fixes = {}
    for verb in sentence.words:
        subjects = sentence.children(verb, "nsubj")
        for inner, outer in zip(subjects, subjects[1:]):
            opening = [c for c in sentence.children(outer) if c.index < inner.index]
            if inner.upos in ("PROPN", "NOUN") and any(c.deprel == "det" for c in opening) \
                    and not sentence.children(inner, "det", "case") \
                    and sentence.subtree(inner)[-1].index < outer.index:
                fixes[inner.index] = (outer.index, "compound")
    return fixes


def _present_verbs_after_the_speakers_apposition_tagged_as_nouns(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Fenzi, director of maritime archaeology at the University of Castelmare, kneels
    in a pumped-out trench and explains: ...": *kneels* and *explains* tagged as plural
    nouns, the sentence left as one noun phrase on the name.  A sentence with no verb
    whose name is followed by an apposition, a comma and a bare word in -s, coordinated
    further on with a verb of saying in -s, has those two for its verbs, the name for
    their subject."""
    root = sentence.root()
    if root is None or root.upos != "PROPN" or any(w.upos == "VERB" and w.base_deprel in ("root", "conj", "parataxis")
                                                    for w in sentence.words) \
            or not sentence.children(root, "appos"):
        return {}
    words = sentence.words
    for saying in words:
        if saying.upos != "NOUN" or not saying.lower.endswith("s") \
                or lexicon.verb_forms.get(saying.lower) not in lexicon.cue_verbs \
                or not any(c.lower == "and" for c in sentence.children(saying, "cc")):
            continue
        first = next((w for w in words[root.index + 1:saying.index] if w.upos == "NOUN" and w.text.islower()
                      and w.lower.endswith("s") and words[w.index - 1].text == ","
                      and not sentence.children(w, "det", "amod", "nummod", "nmod:poss")
                      and saying.index in {x.index for x in sentence.subtree(w)}), None)
        if first is None:
            continue
        feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
        fixes = {first.index: (-1, "root", feats, "VERB", first.lower[:-1]), root.index: (first.index, "nsubj"),
                 saying.index: (first.index, "conj", feats, "VERB", lexicon.verb_forms[saying.lower]),
                 words[first.index - 1].index: (root.index, "punct")}
        fixes.update({c.index: (first.index, c.deprel) for c in sentence.children(root) if c.index > saying.index})
        return fixes
    return {}


def _main_verb_after_a_fronted_participle_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Asked whether the hulls could be lifted and moved, Fenzi hesitates.": the
    fronted participle made the root, *hesitates* a noun with *Fenzi* its modifier.
    After a participle that opens the sentence and a comma, a name followed by a bare
    lower-case word in -s that ends the sentence is a clause: the word its verb."""
    words = [w for w in sentence.words if w.upos != "PUNCT"]
    root = sentence.root()
    if len(words) < 4 or root is None or root.index != 0 or root.upos != "VERB" \
            or root.feat("Tense") != "Past" or _has_subject(sentence, root):
        return {}
    verb, name = words[-1], words[-2]
    if verb.upos != "NOUN" or not verb.text.islower() or not verb.lower.endswith("s") or verb.lower.endswith("ss") \
            or name.upos != "PROPN" or name.head != verb.index or sentence.words[name.index - 1].text != "," \
            or sentence.children(verb, "det", "amod", "nummod", "nmod:poss", "case"):
        return {}
    fixes = {verb.index: (-1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VERB", verb.lower[:-1]),
             name.index: (verb.index, "nsubj"), root.index: (verb.index, "advcl"),
             name.index - 1: (root.index, "punct")}
    fixes.update({c.index: (verb.index, "punct") for c in sentence.children(root) if c.upos == "PUNCT"
                  and c.index > verb.index})
    return fixes


def _name_word_taken_for_a_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for word in sentence.words[1:]:
        previous = sentence.words[word.index - 1]
        # (or an adverb or adjective: "Marrowby Renters Together", "Bethnal Green")
        if word.upos in ("VERB", "ADV", "ADJ") and word.text[:1].isupper() and not word.text.isupper() \
                and previous.upos == "PROPN" and not sentence.children(word) \
                and word.base_deprel not in ("root", "flat"):
            name = previous
            while name.base_deprel in ("flat", "compound") and (up := sentence.head_of(name)) is not None \
                    and up.upos == "PROPN" and up.index < name.index:
                name = up
            fixes[word.index] = (name.index, "flat", word.feats if word.upos == "VERB" else "_", "PROPN")
    return fixes


def _name_taken_for_an_auxiliary(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Mould admitted that ...": a surname spelt like a modal (*would*, *could*) tagged
    as the verb's auxiliary, and the verb left with no subject.  A capitalised word that
    is no English auxiliary, right before a verb with no subject, is its subject."""
    fixes = {}
    for word in sentence.words:
        verb = sentence.head_of(word)
        if word.upos == "AUX" and word.lower not in AUXILIARY_FORMS and word.text[:1].isupper() \
                and not word.text.isupper() and verb is not None and verb.index == word.index + 1 \
                and not _has_subject(sentence, verb):
            fixes[word.index] = (verb.index, "nsubj", "Number=Sing", "PROPN", word.text)
    return fixes


def _opening_participles_object_read_as_the_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Giving evidence, the 26-year-old said: ...": *evidence* read as the subject of
    *said* and the speaker as its apposition.  A noun right after the participle that
    opens the sentence is that participle's object; what follows the comma is the
    subject of the main verb.  So with a passive participle of naming: "Nicknamed “the
    Bulldozer” by opposition MPs ..., Orsanu denied ..." (the name its complement)."""
    opening = sentence.words[0] if sentence.words else None
    if opening is None or opening.upos != "VERB" or opening.base_deprel != "advcl" or len(sentence.words) < 4:
        return {}
    naming = opening.feat("VerbForm") == "Part" and opening.feat("Tense") == "Past" \
        and opening.lemma in lexicon.naming_participle_verbs
    if not opening.is_ing_form and not naming:
        return {}
    verb = sentence.head_of(opening)
    # (the object may have words of its own, "Opening the debate, Cllr Fiona Whitlock, ...",
    # and a name may stand in quotation marks)
    noun = next((s for s in sentence.children(verb, "nsubj") if sentence.phrase_start(s).index >= 1
                 and all(w.text in QUOTE_MARKS for w in sentence.words[1:sentence.phrase_start(s).index])), None) \
        if verb is not None else None
    if noun is None:
        return {}
    # (an apposition may be read as a conjunct: no conjunction joins it)
    described = [a for a in sentence.children(noun, "appos", "conj") if not sentence.children(a, "cc")]
    # (the speaker read as the noun's apposition, or as a second subject)
    speakers = [w for w in described + sentence.children(verb, "nsubj")
                if noun.index < w.index < verb.index and sentence.after_comma(w)]
    if noun.upos != "NOUN" and not (naming and noun.upos == "PROPN") or noun.base_deprel != "nsubj" \
            or not speakers:
        return {}
    comma = sentence.words[sentence.phrase_start(speakers[0]).index - 1]
    fixes = {noun.index: (opening.index, "xcomp" if naming else "obj"), speakers[0].index: (verb.index, "nsubj"),
             comma.index: (opening.index, "punct")}
    # (and the speaker's own apposition: ", cabinet member for transport and climate,")
    fixes.update({a.index: (speakers[0].index, "appos") for a in described if a.index > speakers[0].index})
    return fixes


def _speaker_read_as_the_subject_of_the_reporters_question(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Police, asked whether the man was armed, said he was not": *Police* read as the
    subject of *asked*, and *asked* as what they said.  A past participle of asking set
    off by commas after a subject, on a later verb of saying that has no subject, is the
    reporter's question put to that subject, who is the one saying."""
    fixes = {}
    for asked in sentence.words:
        if asked.lemma not in lexicon.question_framing_verbs or asked.index == 0 \
                or sentence.words[asked.index - 1].text != ",":
            continue
        say = sentence.head_of(asked)
        subjects = sentence.children(asked, "nsubj")
        if asked.feat("Tense") != "Past" or len(subjects) != 1 \
                or sentence.children(asked, "aux", "aux:pass") or say is None or say.index < asked.index \
                or say.upos != "VERB" or say.lemma not in lexicon.cue_verbs or _has_subject(sentence, say):
            continue
        fixes.update({subjects[0].index: (say.index, "nsubj"), asked.index: (say.index, "advcl")})
    return fixes


def _coordinated_relative_clause_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Marchetti, who is representing herself and whom one tabloid has nicknamed “the
    Glue Girl”, told the court she had acted ...": the second relative clause read as
    what Marchetti told.  A clause before its verb of saying that opens with *and* and a
    relative pronoun is a relative clause coordinated with the one before it."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(say, "ccomp", "parataxis"):
            first = sentence.phrase_start(clause)
            if clause.index > say.index or first.upos != "CCONJ" or first.index + 1 >= len(sentence.words):
                continue
            relative = sentence.words[first.index + 1]
            earlier = [w for w in sentence.words[:first.index] if w.base_deprel == "acl" and w.deprel == "acl:relcl"]
            if relative.lower in RELATIVE_PRONOUNS and relative.lower != "that" and earlier:
                fixes[clause.index] = (earlier[-1].index, "conj")
                if relative.head != clause.index and relative.upos != "PRON":
                    # ("whom" read as a determiner of the subject after it)
                    fixes[relative.index] = (clause.index, "obj", "PronType=Rel", "PRON")
    return fixes


def _verb_cut_off_from_its_auxiliary_by_a_quote_mark(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said that he had ‘made his point’ and would abstain": *had* read as the head of
    the report and *made*, after the opening mark, as a relative clause on a noun before
    it.  An auxiliary heading a clause, with the verb right after it (past a quotation
    mark) hung elsewhere, is that verb's auxiliary: the verb heads the clause."""
    fixes = {}
    for aux in sentence.words:
        # (or "had" tagged a verb before a participle: "he had “forgotten what ...”")
        auxiliary = aux.upos == "AUX" or aux.upos == "VERB" and aux.lemma in ("have", "be") \
            and not sentence.children(aux, "obj", "xcomp", "ccomp")
        if not auxiliary or aux.base_deprel not in ("ccomp", "conj", "root", "advcl") \
                or not sentence.children(aux, "nsubj", "nsubj:pass") or aux.index + 2 >= len(sentence.words):
            continue
        mark = sentence.words[aux.index + 1]
        # (with adverbs quoted between them: "the council had ‘never once’ asked her")
        verb = next((w for w in sentence.words[aux.index + 2:] if w.text not in QUOTE_MARKS
                     and not (w.upos == "ADV" and w.head != aux.index and w.base_deprel == "advmod")), None)
        if mark.text not in QUOTE_MARKS or verb is None or verb.upos != "VERB" or sentence.head_of(verb) is None \
                or _has_subject(sentence, verb) or aux.upos == "VERB" and verb.feat("VerbForm") != "Part":
            continue
        host = sentence.head_of(verb)
        sibling = verb.head == aux.head and verb.base_deprel in ("ccomp", "conj", "parataxis")
        if not (verb.base_deprel in ("acl", "amod") and host.index < aux.index or sibling):
            continue
        fixes[verb.index] = (aux.head, aux.deprel)
        fixes[aux.index] = (verb.index, "aux", aux.feats, "AUX")
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(aux)})
        # (the adverbs between them modify the verb)
        fixes.update({w.index: (verb.index, "advmod") for w in sentence.words[aux.index + 1:verb.index]
                      if w.upos == "ADV" and w.head != verb.index and sentence.head_of(w) is not None
                      and sentence.head_of(w).index < verb.index and sentence.head_of(w).upos == "ADV"})
    return fixes


def _apposition_of_one_hung_on_the_group(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"One of the injured workers, 38-year-old technician Raul Mendez, said": the
    apposition hung on *workers* (or the name, in "One of them, retired postman Alan
    Cresswell", hung on *one* as a modifier).  One person named in apposition after
    "one of" a plural group is that one, not the group."""
    fixes = {}
    for one in sentence.words:
        if one.lower not in ("one", "another"):
            continue
        for group in sentence.children(one, "nmod"):
            plural = group.feat("Number") == "Plur" or group.lower != group.lemma.lower()  # ("workers")
            if not plural or not any(c.lower == "of" for c in sentence.children(group, "case")):
                continue
            for appos in sentence.children(group, "appos"):
                if appos.feat("Number") != "Plur" and sentence.after_comma(appos):
                    fixes[appos.index] = (one.index, "appos")
        for role in sentence.children(one, "appos"):
            # ("One of them, retired postman Alan Cresswell,": the name, with no
            # preposition, hung on "one" beside the role it is given for)
            after = sentence.subtree(role)[-1].index + 1
            name = next((n for n in sentence.children(one, "nmod") if n.upos == "PROPN"
                         and sentence.phrase_start(n).index == after and not sentence.children(n, "case")), None)
            if role.upos == "NOUN" and name is not None:
                fixes[name.index] = (role.index, "appos")
    return fixes


def _verb_after_a_role_read_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Labour's shadow health secretary accused ministers of ...": *accused* read as a
    participle modifying *ministers*, the sentence as one noun phrase.  A past form
    right after a role word that heads the sentence, before a noun phrase, is the main
    verb: the role its subject, the noun its object."""
    root = sentence.root()
    if root is None or root.upos != "NOUN" or root.lower not in lexicon.title_heads \
            or root.index + 1 >= len(sentence.words):
        return {}
    verb = sentence.words[root.index + 1]
    noun = sentence.head_of(verb)
    if verb.upos != "VERB" or verb.base_deprel != "amod" or verb.feat("Tense") != "Past" or noun is None \
            or noun.head != root.index or noun.upos not in NOMINAL_HEADS or sentence.children(noun, "case") \
            or not _modifies_the_next_phrase(sentence, verb):
        return {}
    fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), root.index: (verb.index, "nsubj"),
             noun.index: (verb.index, "obj")}
    fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(root)
                  if c.index > noun.index and c.upos == "PUNCT"})
    return fixes


def _fronted_relative_clause_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"In Birmingham, where the city council declared bankruptcy, residents told ...":
    the relative clause on the fronted place read as what the residents told.  A clause
    before its verb of saying that opens with a relative word right after a comma
    describes the noun before that comma."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(say, "ccomp"):
            first = sentence.phrase_start(clause)
            comma = sentence.words[first.index - 1] if first.index > 1 else None
            noun = sentence.words[first.index - 2] if first.index > 1 else None
            if clause.index < say.index and first.lower in RELATIVE_OPENERS and comma is not None \
                    and comma.text == "," and noun.upos in NOMINAL_HEADS:
                fixes[clause.index] = (noun.index, "acl:relcl")
    return fixes


# words that open a relative clause set off by a comma ("that" opens none)
RELATIVE_OPENERS = (RELATIVE_PRONOUNS - {"that"}) | {"whose", "where", "when"}


def _first_clause_read_as_the_report_of_the_second(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Several groups had called for a change, but one fan, Ellie Barnes, said she
    felt sorry": the first clause read as what the fan said.  A clause with its own
    subject, before *but* or *and* and the verb of saying that follows it, is the
    first of two coordinated clauses, not the report."""
    for say in _verbs_of_saying(sentence, lexicon):
        conjunction = next((c for c in sentence.children(say, "cc") if c.lower in ("but", "and")), None)
        for clause in sentence.children(say, "ccomp"):
            if conjunction is None or clause.index > conjunction.index or not _has_subject(sentence, clause) \
                    or say.head == clause.index:
                continue
            fixes = {clause.index: (say.head, say.deprel), say.index: (clause.index, "conj")}
            # (the second clause's subject may hang on the first as its conjunct: "but one fan")
            beyond = [c for c in sentence.children(clause) if c.index > conjunction.index]
            if any(c.upos not in NOMINAL_HEADS or c.base_deprel != "conj" for c in beyond) \
                    or beyond and _has_subject(sentence, say):
                continue
            fixes.update({c.index: (say.index, "nsubj") for c in beyond})
            return fixes
    return {}


def _main_clause_read_as_the_report_of_a_whose_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The budget is expected to pass with the support of the New Democrats, whose
    leader, Jasmin Patel, said her party had ...": the main clause read as what the
    leader said.  A verb of saying whose subject opens with *whose* heads a relative
    clause on the noun before the comma; the clause before it is the main one."""
    for say in _verbs_of_saying(sentence, lexicon):
        subject = next((s for s in sentence.children(say, "nsubj") if any(
            d.lower == "whose" for d in sentence.children(s, "det", "nmod:poss"))), None)
        start = sentence.phrase_start(subject) if subject is not None else None
        main = next((c for c in sentence.children(say, "ccomp", "parataxis")
                     if start is not None and sentence.subtree(c)[-1].index < start.index), None)
        if main is None or start.index < 2 or sentence.words[start.index - 1].text != "," \
                or sentence.words[start.index - 2].upos not in NOMINAL_HEADS:
            continue
        noun = sentence.words[start.index - 2]
        fixes = {main.index: (say.head, say.deprel), say.index: (noun.index, "acl:relcl")}
        fixes.update({c.index: (main.index, c.deprel) for c in sentence.children(say)
                      if c.upos == "PUNCT" and c.index == len(sentence.words) - 1})
        return fixes
    return {}


def _finite_verb_coordinated_with_a_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"dismissed the budget as a “fantasy document” and promised to vote against it":
    *promised* conjoined with *document*.  A past form after *and*, with no subject, is
    coordinated with a verb: the verb whose phrase holds the noun it was hung on."""
    fixes = {}
    for verb in sentence.words:
        noun = sentence.head_of(verb)
        # (a past form, whichever the tagger took it for)
        if verb.upos != "VERB" or verb.base_deprel != "conj" or verb.feat("Tense") != "Past" \
                or any(c.base_deprel == "aux" for c in sentence.children(verb)) \
                or noun is None or noun.upos != "NOUN" or _has_subject(sentence, verb) \
                or not any(c.lower == "and" for c in sentence.children(verb, "cc")):
            continue
        host = next((a for a in sentence.ancestors(noun) if a.upos == "VERB"), None)
        if host is not None and host.index < noun.index and _has_subject(sentence, host):
            fixes[verb.index] = (host.index, "conj")
    return fixes


def _clause_read_as_the_subject_of_its_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A 24-year-old man has been charged with arson after a fire tore through an
    animal shelter, killing 11 dogs, police said": the clause read as the subject of
    *killing*.  A verb with its own subject and auxiliary is a clause of its own: the
    participle set off after it by a comma is its adverbial."""
    fixes = {}
    for verb in sentence.words:
        participle = sentence.head_of(verb)
        if verb.upos != "VERB" or verb.base_deprel not in ("nsubj", "csubj") or participle is None \
                or participle.upos != "VERB" or not participle.is_ing_form \
                or participle.index < verb.index or not sentence.children(verb, "aux", "aux:pass") \
                or not sentence.children(verb, "nsubj", "nsubj:pass") or not sentence.after_comma(participle):
            continue
        fixes[verb.index] = (participle.head, participle.deprel)
        fixes[participle.index] = (verb.index, "advcl")
    return fixes


def _parenthetical_attribution_read_as_a_second_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Investigators believe the fire was set deliberately, McKay said, but they have
    not established a motive": *McKay said* read as a second thing the investigators
    believe.  A verb of saying with a subject but no report of its own, set off by a
    comma after a complement of the same verb, is the attribution of the sentence."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        host = sentence.head_of(say)
        subject = next(iter(sentence.children(say, "nsubj")), None)
        # (the subject right after the comma, no noun described: not "..., an allegation
        # Anand denied")
        if say.base_deprel != "ccomp" or host is None or subject is None or subject.index > say.index \
                or sentence.children(say, "ccomp", "xcomp", "obj", "parataxis") \
                or sentence.words[sentence.phrase_start(subject).index - 1].text != "," \
                or any(w.lower in ("a", "an") for w in sentence.subtree(subject)) \
                or not any(c.index < say.index for c in sentence.children(host, "ccomp") if c.index != say.index):
            continue
        fixes[say.index] = (host.index, "parataxis")
    return fixes


def _fronted_subject_read_as_apposition_of_the_speaker(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The cracking in the main girders, he told the hearing, was “not cosmetic”":
    *cracking* read as an apposition of *he*, and *was not cosmetic* as what he told.
    A finite clause after the attribution's closing comma that has no subject of its
    own is the main clause, and the phrase fronted before the attribution is its
    subject: the attribution is an aside."""
    fixes = {}
    for say, subject in _sayings_with_subject(sentence, lexicon):
        fronted = next((a for a in sentence.children(subject, "appos") if a.index < subject.index), None)
        clause = next((c for c in sentence.children(say, "ccomp") if c.index > say.index), None)
        if fronted is None or clause is None or subject.head != say.index \
                or sentence.words[sentence.subtree(subject, exclude=[fronted])[0].index - 1].text != "," \
                or not sentence.after_comma(clause) or _has_subject(sentence, clause) \
                or sentence.children(clause, "mark") \
                or not (clause.feat("VerbForm") == "Fin" or any(
                    a.feat("VerbForm") == "Fin" for a in sentence.children(clause, "aux", "aux:pass", "cop"))):
            continue
        passive = bool(sentence.children(clause, "aux:pass"))
        fixes[clause.index] = (say.head, say.deprel)
        fixes[fronted.index] = (clause.index, "nsubj:pass" if passive else "nsubj")
        fixes[say.index] = (clause.index, "parataxis")
    return fixes


def _floating_quantifier_read_as_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"He and his wife, Sian, both said they would attend": *both* read as the subject
    of *said* and the coordination before it as an oblique.  A quantifier that floats
    after its noun phrase (*both*, *all*, *each*) only repeats the subject: the
    coordinated phrase right before it is the subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        quantifier = next((c for c in sentence.children(verb, "nsubj")
                           if c.lower in lexicon.floating_quantifiers and not sentence.children(c)), None)
        if quantifier is None:
            continue
        phrase = next((c for c in sentence.children(verb) if c.index < quantifier.index
                       and c.base_deprel in ("obl", "obj", "dep", "nmod", "nsubj")
                       and c.upos in ("NOUN", "PROPN", "PRON")
                       and sentence.children(c, "conj") and not sentence.children(c, "case")
                       and sentence.subtree(c)[-1].index >= quantifier.index - 2), None)
        if phrase is None:
            continue
        fixes[phrase.index] = (verb.index, "nsubj")
        fixes[quantifier.index] = (verb.index, "advmod")
    return fixes


def _speakers_subject_hung_on_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Ilic and his neighbour both said the last general strike, in 2011, had lasted
    only a day": *Ilic* read as the subject of *lasted*, across *said*, and *strike* as
    the object of *said*.  A clause after a verb of saying does not reach back over it
    for its subject: the phrase before the verb is the verb's subject, and a noun
    phrase right after the verb, with only an aside before the clause's verb, is the
    clause's own subject."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        clause = next((c for c in sentence.children(say, "ccomp") if c.index > say.index), None)
        subject = None if clause is None else next(
            (c for c in sentence.children(clause, "nsubj") if c.index < say.index), None)
        if subject is None or sentence.children(say, *SUBJECTS):
            continue
        fixes[subject.index] = (say.index, "nsubj")
        obj = next((o for o in sentence.children(say, "obj") if say.index < o.index < clause.index), None)
        if obj is None or len(sentence.children(clause, *SUBJECTS)) > 1:
            continue
        # (what lies between is an aside: "the last general strike, in 2011, had lasted")
        between = [w for w in sentence.words[sentence.subtree(obj)[-1].index + 1:sentence.phrase_start(clause).index]]
        aside_heads = [c for c in sentence.children(say, "obl", "advmod") if obj.index < c.index < clause.index]
        asides = {w.index for c in aside_heads for w in sentence.subtree(c)}
        if all(w.upos == "PUNCT" or w.index in asides for w in between):
            fixes[obj.index] = (clause.index, "nsubj")
            fixes.update({c.index: (clause.index, c.deprel) for c in aside_heads})
    return fixes


def _personal_relative_clause_hung_inside_a_role(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Dr Miriam Okonedo, deputy clinical director of the infirmary’s acute medicine
    division, who said ...": the *who* clause hung on *division*.  *Who* refers to a
    person: a clause it opens after a role's complement that names no person
    describes the role's holder, the name the role is in apposition to."""
    fixes = {}
    roles = lexicon.title_heads | lexicon.occupation_epithets | lexicon.person_nouns
    for verb in sentence.words:
        noun = sentence.head_of(verb)
        if verb.deprel != "acl:relcl" or noun is None or noun.upos != "NOUN" or noun.lower in roles \
                or not sentence.after_comma(verb) \
                or not any(c.lower == "who" for c in sentence.children(verb, "nsubj", "nsubj:pass")):
            continue
        role = noun
        while role.lower not in roles and role.base_deprel in ("nmod", "conj", "compound") \
                and (up := sentence.head_of(role)) is not None and up.upos in NOMINAL_HEADS:
            role = up
        if role is noun or role.lower not in roles:
            continue
        holder = sentence.head_of(role) if role.base_deprel == "appos" else None
        target = holder if holder is not None and holder.upos == "PROPN" else role
        fixes[verb.index] = (target.index, "acl:relcl")
    return fixes


def _role_turned_role_read_as_a_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Aled Morrow, the former captain turned StadiumTV pundit": *captain* read as the
    subject of *turned* and *pundit* as its object.  *Turned* between two role nouns,
    the second without an article, says what the person became: one description, which
    set off by a comma after a name is that name's apposition."""
    fixes = {}
    roles = lexicon.title_heads | lexicon.occupation_epithets
    for turned in sentence.words:
        if turned.lower != "turned" or turned.base_deprel in ("acl", "amod"):
            continue
        first = next((c for c in sentence.children(turned, "nsubj") if c.index < turned.index), None)
        second = next((c for c in sentence.children(turned, "obj", "xcomp") if c.index > turned.index), None)
        if first is None or second is None or first.lower not in roles or second.lower not in roles \
                or sentence.children(second, "det") or sentence.children(turned, "aux"):
            continue
        fixes[first.index] = (turned.head, turned.deprel)
        fixes[turned.index] = (first.index, "acl")
        comma = sentence.phrase_start(first).index - 1
        if comma > 0 and sentence.words[comma].text == ",":
            name = sentence.words[comma - 1]
            while name.base_deprel in ("flat", "compound") and (up := sentence.head_of(name)) is not None \
                    and up.upos == "PROPN":
                name = up
            if name.upos == "PROPN" and sentence.subtree(name)[-1].index == comma - 1:
                fixes[first.index] = (name.index, "appos")
    return fixes


def _verb_of_saying_read_as_adjective_of_the_reports_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told MPs the situation was ‘not acceptable’, but insisted winter funding had
    reached the trust": *insisted* read as an adjective on *funding*, and *reached* as
    coordinated with *told*.  A past form of a verb of saying right after *and* or *but*
    opens the second conjunct: the clause whose subject it was hung on is its report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        if verb.base_deprel != "amod" or verb.feat("Tense") != "Past" or noun is None or noun.index < verb.index \
                or noun.base_deprel != "nsubj" or verb.index == 0:
            continue
        clause = sentence.head_of(noun)
        before = sentence.words[verb.index - 1]
        if clause is None or clause.upos not in ("VERB", "AUX", "ADJ", "NOUN") or clause.base_deprel != "conj" \
                or before.upos != "CCONJ" or before.head != clause.index:
            continue
        fixes[verb.index] = (clause.head, "conj")
        fixes[clause.index] = (verb.index, "ccomp")
        for punct in sentence.children(clause, "punct", "cc"):
            if punct.index < verb.index:
                fixes[punct.index] = (verb.index, punct.deprel)
    return fixes


def _addressee_read_as_object_of_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told the Coastline Examiner she would meet the union": *Examiner* read as the
    object of *meet*.  An object does not come before its clause's subject: a noun
    phrase between a verb of saying and the subject of its report is the addressee."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        clause = next((c for c in sentence.children(say, "ccomp") if c.index > say.index), None)
        subject = None if clause is None else next(
            (c for c in sentence.children(clause, "nsubj", "nsubj:pass") if c.index < clause.index), None)
        # (a question fronts its object: "asked how many moderators the company employed")
        if subject is None or sentence.children(clause, "mark") \
                or any(o.index > say.index for o in sentence.children(say, "obj", "iobj")) \
                or any(w.lower in WH_WORDS for w in sentence.words[say.index + 1:subject.index]):
            continue
        addressee = next((o for o in sentence.children(clause, "obj", "iobj", "obl")
                          if say.index < o.index < subject.index and o.upos in ("NOUN", "PROPN", "PRON")
                          and not sentence.children(o, "case")), None)
        if addressee is not None and sentence.subtree(addressee)[-1].index == sentence.phrase_start(subject).index - 1:
            fixes[addressee.index] = (say.index, "iobj" if say.lemma == "tell" else "obj")
    return fixes


def _role_and_name_hung_side_by_side(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"a drama by the director Ilse Marrack": *director* and *Marrack* both hung on
    *drama*, the preposition on the name (or on the role: "the sacking of manager Stuart
    Kersley"; or "to beat fourth seed Dmytro Kovalenko": two objects).  A role noun between a preposition and the name it governs, or read as a
    second object beside it, says what the person named is: the role belongs to the
    name's phrase."""
    fixes = {}
    roles = lexicon.title_heads | lexicon.occupation_epithets
    for role in sentence.words[:-1]:
        following = sentence.words[role.index + 1]
        name = following if following.base_deprel not in ("compound", "flat") else sentence.head_of(following)
        if role.upos != "NOUN" or role.lower not in roles or name is None or name.upos != "PROPN" \
                or following.upos != "PROPN" or name.head != role.head or name.head < 0 \
                or min(w.index for w in sentence.subtree(name) if w.base_deprel != "case") != following.index \
                or sentence.subtree(role)[-1].index != role.index:
            continue
        # (or the preposition on the role: "the sacking of manager Stuart Kersley")
        marked_role = bool(sentence.children(role, "case")) and not sentence.children(name, "case") \
            and role.deprel == name.deprel and role.base_deprel in ("nmod", "obl")
        if not (any(c.index < role.index for c in sentence.children(name, "case"))
                or role.base_deprel == name.base_deprel == "obj" or marked_role) \
                or sentence.children(role, "case") and not marked_role:
            continue
        fixes[role.index] = (name.index, "compound")
        fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(role, "det", "case")})
    return fixes


def _predicate_adjective_read_as_a_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said that the decision was ‘final’": *final* read as an adjective on *decision*,
    with *was* the copula of *decision*.  An adjective after the copula is the
    predicate, not a modifier: it heads the clause, and the noun is its subject."""
    fixes = {}
    for noun in sentence.words:
        copula = next((c for c in sentence.children(noun, "cop") if c.index > noun.index), None)
        adjective = next((a for a in sentence.children(noun, "amod") if copula is not None
                          and a.index > copula.index), None)
        if adjective is None or noun.upos not in ("NOUN", "PROPN", "PRON") or sentence.children(noun, "nsubj"):
            continue
        fixes[adjective.index] = (noun.head, noun.deprel)
        fixes[noun.index] = (adjective.index, "nsubj")
        fixes.update({c.index: (adjective.index, c.deprel) for c in sentence.children(noun)
                      if c.index != adjective.index and (c.index > noun.index or c.base_deprel == "mark")})
    return fixes


def _inner_report_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"recalled that a surgeon had told her in March the list was ‘the worst’": *the
    list was* read as a second thing recalled.  Two reports of one verb need a
    conjunction between them; a clause that follows, with none, a verb of saying inside
    the first report that has no report of its own is what that verb reports."""
    fixes = {}
    for outer in _verbs_of_saying(sentence, lexicon):
        clauses = sorted(sentence.children(outer, "ccomp"), key=lambda c: c.index)
        for inner, second in zip(clauses, clauses[1:]):
            if inner.upos != "VERB" or inner.lemma not in lexicon.cue_verbs or inner.index < outer.index \
                    or sentence.children(inner, "ccomp", "xcomp", "parataxis") \
                    or sentence.children(second, "mark", "cc") \
                    or sentence.phrase_start(second).index != sentence.subtree(inner)[-1].index + 1:
                continue
            fixes[second.index] = (inner.index, "ccomp")
    return fixes


def _reports_subject_read_as_an_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said rising health insurance costs and the end of federal aid had left a hole":
    *rising* read as a verb that *said* governs, *costs* its object, and the report
    left with only the second conjunct of its subject (or "said falling demand and a
    strong pound would hit exporters", *demand* the object of *said* and *hit* its
    conjunct).  A noun phrase right after a verb of saying, followed at once by *and*
    and a clause with a subject (or by a report with no subject), is the first part
    of the report's subject, and an *-ing* word opening it a participle used as an
    adjective.  So is one followed by a finite verb hung on the verb of saying as a
    conjunct with no conjunction ("warned gusts of up to 50 mph could arrive")."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        words = sentence.words
        first = words[verb.index + 1] if verb.index + 1 < len(words) else None
        if first is None:
            continue
        participle = first if first.head == verb.index and first.deprel == "xcomp" and first.is_ing_form \
            and all(c.deprel in ("obj", "punct") for c in sentence.children(first)) else None
        objects = sentence.children(participle or verb, "obj")
        noun = objects[0] if len(objects) == 1 and objects[0].upos in NOMINAL_HEADS else None
        if noun is None or sentence.phrase_start(noun).index != (participle or verb).index + 1:
            continue
        after = sentence.subtree(noun)[-1].index + 1
        report = next((c for c in sentence.children(verb, "ccomp", "conj") if c.index > noun.index
                       and sentence.phrase_start(c).index == after), None)
        # (or hung higher up: "..., saying the partnership with Bastida was “the one I
        # believe in”", the predicate a second report of the *said* before)
        # (or as an aside of a word before: "insisted the work was ‘a privilege, not a chore’,
        # though he admitted his shifts now ran late", *ran* hung on *chore*)
        report = report or next((c for c in sentence.words if c.index > noun.index
                                 and (c.deprel == "ccomp" or c.deprel == "parataxis" and c.head < verb.index
                                      and c.upos == "VERB" and c.feat("VerbForm") == "Fin")
                                 and verb.index not in {w.index for w in sentence.subtree(c)}
                                 and sentence.phrase_start(c).index == after), None)
        if report is None or after >= len(words):
            continue
        cc = words[after] if words[after].head == report.index and words[after].deprel == "cc" else None
        second = next((c for c in sentence.children(report, "nsubj") if cc is not None and c.index > cc.index), None)
        if cc is not None and second is not None and report.head == verb.index:
            fixes[second.index] = (noun.index, "conj")
            fixes[cc.index] = (second.index, "cc")
        elif cc is not None or _has_subject(sentence, report) or report.deprel not in ("ccomp", "parataxis") and not (
                # "Forecasters warned gusts of up to 50 mph could arrive overnight": a
                # finite verb joined with no conjunction is no conjunct of the verb
                # (after a plain noun phrase: in "accused the club of moving the goalposts
                # over a pay rise he says was promised" the verb ends a clause inside it)
                report.deprel == "conj" and not sentence.children(report, "cc")
                and (report.feat("VerbForm") == "Fin" or sentence.children(report, "aux"))
                and not any(w.upos in ("VERB", "AUX") for w in sentence.subtree(noun))):
            continue
        fixes[noun.index] = (report.index, "nsubj")
        fixes[report.index] = (verb.index, "ccomp")
        if participle is not None:
            fixes[participle.index] = (noun.index, "amod")
    return fixes


def _time_word_read_as_the_object_of_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"He insisted afterwards that the injury had played “zero part”": *afterwards*
    read as the object of *insisted* and the report as a clause on it.  A word that
    says when, between a verb of saying and the *that* of its report, is an adjunct of
    the verb, and the clause its report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for when in sentence.children(verb, "obj", "iobj"):
            clause = next((c for c in sentence.children(when, "acl", "acl:relcl", "ccomp")
                           if sentence.phrase_start(c).index == when.index + 1
                           and any(m.lower == "that" for m in sentence.children(c, "mark"))), None)
            if clause is None or when.index != verb.index + 1 or len(sentence.subtree(when)) != 1 + len(
                    sentence.subtree(clause)) or not (when.lemma.lower() in lexicon.time_nouns
                                                      or when.lower in lexicon.time_adverbs):
                continue
            fixes[when.index] = (verb.index, "obl:tmod" if when.upos in NOMINAL_HEADS else "advmod")
            fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _participle_of_saying_coordinated_with_a_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"kept its rate at 4.75 per cent, brushing aside calls for a cut and warning that
    wage growth remained strong": *warning* read as a conjunct of *cut*.  An *-ing*
    form is coordinated with the *-ing* form its noun hangs from, not with the noun."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        if verb.base_deprel != "conj" or not verb.is_ing_form or noun is None or noun.upos not in NOMINAL_HEADS:
            continue
        ancestor = sentence.head_of(noun)
        while ancestor is not None and ancestor.upos not in ("VERB", "AUX"):
            ancestor = sentence.head_of(ancestor)
        if ancestor is not None and ancestor.is_ing_form and ancestor.index < noun.index:
            fixes[verb.index] = (ancestor.index, "conj")
    return fixes


def _compound_noun_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"would need several more months of softer pay data before it could consider
    easing": *pay* read as a second report of *stressed*, *data* its object, *softer* a
    noun after *of*.  A bare verb with no subject, auxiliary or conjunction, between
    the last word of a prepositional phrase and a bare noun, is a noun modifying that
    noun, and the phrase runs on to it."""
    fixes = {}
    words = sentence.words
    for verb in words[1:-1]:
        before, noun = words[verb.index - 1], words[verb.index + 1]
        if verb.upos != "VERB" or verb.base_deprel not in ("ccomp", "conj", "parataxis") \
                or noun.head != verb.index or noun.deprel != "obj" or noun.upos != "NOUN" \
                or verb.feat("VerbForm") not in (None, "Inf", "Fin") or verb.feat("Tense") == "Past" \
                or sentence.children(verb, *SUBJECTS, "aux", "mark", "cc") or sentence.children(noun, "det") \
                or before.upos not in ("NOUN", "ADJ") or not sentence.children(before, "case") \
                or before.base_deprel not in ("nmod", "obl"):
            continue
        fixes[noun.index] = (before.head, before.deprel, noun.feats, "NOUN")
        fixes[before.index] = (noun.index, "amod", "Degree=Cmp" if before.lower.endswith("er") else "_", "ADJ")
        fixes[verb.index] = (noun.index, "compound", "Number=Sing", "NOUN", verb.lower)
        fixes.update({c.index: (noun.index, "case") for c in sentence.children(before, "case")})
        # (what the verb carried after the noun belongs to the clause the phrase is in)
        clause = before
        while clause is not None and clause.upos not in ("VERB", "AUX"):
            clause = sentence.head_of(clause)
        fixes.update({c.index: (clause.index if clause is not None else noun.index, c.deprel)
                      for c in sentence.children(verb) if c.index > noun.index})
        return fixes
    return fixes


def _subordinate_clause_hung_on_the_next_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said her party would ‘look again’ at the bank’s mandate if it won power, but did
    not say whether ...": *if it won power* hung on the *say* after *but*.  A clause
    before the comma and conjunction that open a conjunct is no part of that conjunct:
    it ends the clause before it."""
    fixes = {}
    for clause in sentence.words:
        host = sentence.head_of(clause)
        if clause.base_deprel != "advcl" or host is None or host.base_deprel != "conj" or clause.index > host.index \
                or not sentence.children(clause, "mark"):
            continue
        cc = next((c for c in sentence.children(host, "cc") if c.index > clause.index), None)
        start = sentence.phrase_start(clause).index
        if cc is None or start == 0:
            continue
        # the clause it ends: the verb whose words stop right before it
        verbs = [w for w in sentence.words[:start] if w.upos in ("VERB", "AUX", "ADJ", "NOUN")
                 and w.base_deprel in ("ccomp", "root", "conj", "advcl", "xcomp")
                 and sentence.subtree(w)[-1].index == start - 1]
        if verbs:
            fixes[clause.index] = (verbs[-1].index, clause.deprel)
    return fixes


def _report_of_a_participle_on_a_noun_read_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"..., with authorities warning the fire front could reach the township": *reach*
    read as a conjunct of the main verb, and *warning* left with nothing to report.  A
    clause with a subject right after an *-ing* verb of saying on a noun, with no
    conjunction or mark of its own, is that verb's report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.base_deprel != "acl" or not verb.is_ing_form or sentence.children(verb, "ccomp", "obj", "xcomp"):
            continue
        noun = sentence.words[verb.head]
        # (the parser may have hung the noun itself on that clause: "with authorities" an
        # oblique of *reach*)
        clause = next((c for c in sentence.words if c.base_deprel in ("conj", "parataxis")
                       and c.index > verb.index and _has_subject(sentence, c)
                       and not sentence.children(c, "cc", "mark")
                       and min(w.index for w in sentence.subtree(c, exclude=[noun])) == verb.index + 1), None)
        if clause is None:
            continue
        fixes[clause.index] = (verb.index, "ccomp")
        if noun.head == clause.index:
            fixes[noun.index] = (clause.head, noun.deprel)
    return fixes


def _participle_of_saying_hung_on_a_thing(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The company urged customers ... to ignore texts offering refunds, warning that
    scammers were already exploiting the breach": *warning* hung on *refunds*.  An
    *-ing* verb of saying set off by a comma after a noun that could not have said
    anything tells what the subject of the clause said: it hangs on that clause's verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        if verb.base_deprel == "conj" and verb.is_ing_form and noun is not None and noun.upos == "VERB" \
                and noun.deprel == "acl" and not _has_subject(sentence, noun) \
                and any(m.lower == "to" for m in sentence.children(noun, "mark")) \
                and sentence.words[verb.index - 1].text == "," and sentence.children(verb, "ccomp", "obj"):
            # (or made a conjunct of an infinitive on a noun, which an -ing form cannot be:
            # "taking the department to court over the cut, arguing ...", *to court* read as
            # an infinitive)
            clause = next((a for a in sentence.ancestors(noun) if _has_subject(sentence, a)), None)
            if clause is not None and clause.upos in ("VERB", "AUX"):
                fixes[verb.index] = (clause.index, "advcl")
            continue
        if verb.base_deprel != "acl" or not verb.is_ing_form or noun is None or noun.upos != "NOUN" \
                or sentence.words[verb.index - 1].text != "," or not sentence.children(verb, "ccomp", "obj") \
                or any(noun.lemma in nouns for nouns in (
                    lexicon.title_heads, lexicon.occupation_epithets, lexicon.person_nouns, lexicon.group_nouns,
                    lexicon.text_sources, lexicon.organization_heads, lexicon.person_epithets)):
            continue
        clause = sentence.head_of(noun)
        while clause is not None and not _has_subject(sentence, clause):
            clause = sentence.head_of(clause)
        if clause is not None and clause.upos in ("VERB", "AUX"):
            fixes[verb.index] = (clause.index, "advcl")
    return fixes


def _closing_participle_of_saying_hung_inside_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"He denied that the authority had pressed the archaeologists to hurry, insisting
    the two sides were “talking every day”": *insisting* hung on *pressed*, which made
    the authority insist.  A report opened by *that* ends before a comma and an *-ing*
    verb of saying with a report of its own: that verb goes on with what the speaker
    said, and hangs on the verb of saying."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(verb, "ccomp"):
            if report.index < verb.index or not any(m.lower == "that" for m in sentence.children(report, "mark")):
                continue
            for participle in sentence.children(report, "advcl"):
                if participle.is_ing_form and participle.lemma in lexicon.cue_verbs and participle.upos == "VERB" \
                        and sentence.words[participle.index - 1].text == "," and participle.index > report.index \
                        and sentence.children(participle, "ccomp") and not _has_subject(sentence, participle) \
                        and not sentence.children(participle, "mark"):
                    fixes[participle.index] = (verb.index, "advcl")
    return fixes


def _speaker_with_a_role_before_the_name_read_as_a_noun_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"NBS chief whip Rajendra Bhatt denied that ...": *chief* read as the root, *whip*
    as the object of *denied* and *denied* as a relative clause on *chief*.  A verb of
    saying with no subject, right after a name that follows the sentence's opening
    nouns with no relative word between, is the main verb: the name its subject and
    the words before it the role that goes with the name."""
    words = sentence.words
    root = sentence.root()
    for verb in _verbs_of_saying(sentence, lexicon):
        if root is None or verb.head != root.index or verb.base_deprel != "acl" or _has_subject(sentence, verb) \
                or root.upos not in NOMINAL_HEADS or root.index > verb.index:
            continue
        before = words[sentence.phrase_start(root).index:verb.index]
        if not before or before[-1].upos != "PROPN" \
                or any(w.lower in RELATIVE_PRONOUNS or w.upos in ("PUNCT", "VERB", "AUX", "ADP") for w in before):
            continue
        # the name: the capitalised words that end the phrase
        start = len(before)
        while start > 0 and before[start - 1].upos == "PROPN":
            start -= 1
        if start == 0:
            continue
        name, role = before[start], before[:start]
        fixes = {verb.index: (-1, "root"), name.index: (verb.index, "nsubj")}
        fixes.update({w.index: (name.index, "flat") for w in before[start + 1:]})
        fixes.update({w.index: (name.index, "compound", w.feats, "NOUN" if w.upos == "PRON" else w.upos)
                      for w in role if w.head not in {r.index for r in role} or w.index == root.index})
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(root) if c.index > verb.index})
        return fixes
    return {}


def _apposition_of_a_name_read_as_a_conjunct_of_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"was declared ... by Colin Mabbott, the council’s chief executive and acting
    returning officer for the borough elections, who said ...": *executive* read as a
    conjunct of *declared*, and *acting* as a verb with *officer* its object.  A noun
    phrase with no conjunction of its own, set off by a comma right after a name, is the
    name's apposition; and *acting* before a role after *and* is part of a second role."""
    fixes = {}
    words = sentence.words
    for noun in words[2:]:
        verb = sentence.head_of(noun)
        if noun.upos != "NOUN" or noun.base_deprel != "conj" or verb is None or verb.upos != "VERB" \
                or sentence.children(noun, "cc") or noun.lower not in lexicon.title_heads:
            continue
        start = sentence.phrase_start(noun).index
        before = words[start - 1] if start > 1 else None
        name_end = words[start - 2] if start > 1 else None
        if before is None or before.text != "," or name_end.upos != "PROPN" or name_end.index < verb.index:
            continue
        name = name_end
        while name.base_deprel in ("flat", "compound") and (up := sentence.head_of(name)) is not None \
                and up.upos == "PROPN" and up.index > name.index - 3:
            name = up
        if sentence.subtree(name)[-1].index > name_end.index:
            continue
        fixes[noun.index] = (name.index, "appos")
        for acting in sentence.children(noun, "conj"):
            role = next((o for o in sentence.children(acting, "obj") if o.upos == "NOUN"
                         and o.lower in lexicon.title_heads), None)
            if acting.upos == "VERB" and acting.lower == "acting" and role is not None:
                fixes[role.index] = (noun.index, "conj")
                fixes[acting.index] = (role.index, "amod", "_", "ADJ")
                fixes.update({c.index: (role.index, c.deprel) for c in sentence.children(acting)
                              if c.index != role.index})
    return fixes


def _reports_subject_read_as_a_second_subject_of_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 68-page report ... says images in the papers had been “duplicated”":
    *images* read as a second subject of *says*, and *papers*, with its preposition, as
    the subject of the report.  A verb of saying has one subject; a noun right after it,
    followed at once by a prepositional phrase the parser made the report's subject, is
    itself the report's subject, the phrase its modifier."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        subjects = sentence.children(verb, "nsubj")
        second = next((s for s in subjects if s.index > verb.index
                       and sentence.phrase_start(s).index == verb.index + 1), None)
        if second is None or not any(s.index < verb.index for s in subjects):
            continue
        after = sentence.subtree(second)[-1].index + 1
        for report in sentence.children(verb, "ccomp"):
            inner = next((x for x in sentence.children(report, *SUBJECTS) if sentence.phrase_start(x).index == after
                          and sentence.children(x, "case")), None)
            if inner is not None:
                fixes[second.index] = (report.index, inner.deprel)
                fixes[inner.index] = (second.index, "nmod")
    return fixes


def _bare_past_forms_on(sentence: Sentence, noun: Word) -> list[Word]:
    """Past forms hung on ``noun`` as participles that have no subject, object or
    auxiliary of their own: what may be a clause's verb the parser took for a
    participle ("her son stopped sleeping", "a step the chair dismissed as ...")."""
    return [a for a in sentence.children(noun, "acl") if a.upos == "VERB" and a.feat("Tense") == "Past"
            and not sentence.children(a, "obj", "nsubj", "nsubj:pass", "aux", "aux:pass")]


def _reports_verb_read_as_a_participle_on_a_second_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Teresa Valdivia, who stood outside ..., said her 14-year-old son stopped sleeping
    after ...": *son* read as a second subject of *said*, *stopped* as a participle on
    it.  A verb of saying that has its subject before it and no report takes the noun
    phrase after it as the report's subject, and a past form on that noun, with no
    subject and no object of its own, as the report's verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        subjects = sentence.children(verb, "nsubj")
        second = next((s for s in subjects if s.index > verb.index
                       and sentence.phrase_start(s).index == verb.index + 1), None)
        if second is None or not any(s.index < verb.index for s in subjects) \
                or sentence.children(verb, "ccomp", "xcomp", "obj"):
            continue
        # (the past form ends the noun phrase: nothing of it comes after its own words)
        participle = next((a for a in _bare_past_forms_on(sentence, second) if not sentence.children(a, "mark")
                           and sentence.subtree(a)[-1].index == sentence.subtree(second)[-1].index), None)
        if participle is None:
            continue
        fixes[participle.index] = (verb.index, "ccomp", _as_finite(participle.feats))
        fixes[second.index] = (participle.index, "nsubj")
    return fixes


def _inverted_speaker_read_as_a_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“You don’t really sleep,” recalled Pell, 34.": *Pell* read as a complement of
    *recalled*, which is left with no subject, and the quote as an adverbial clause.
    Right after a closing quotation mark, a verb of saying with a name right after it
    and no subject is inverted: the name is its subject, the quote its report."""
    fixes = {}
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.index == 0 or verb.index + 1 >= len(words) or words[verb.index - 1].text not in CLOSING_QUOTES \
                or _has_subject(sentence, verb):
            continue
        name = words[verb.index + 1]
        if name.upos != "PROPN" or name.head != verb.index or name.base_deprel not in ("xcomp", "obj", "iobj"):
            continue
        fixes[name.index] = (verb.index, "nsubj")
        fixes.update({c.index: (verb.index, "ccomp") for c in sentence.children(verb, "advcl", "parataxis", "conj")
                      if c.index < verb.index and words[verb.index - 1].index in
                      {w.index for w in sentence.subtree(c)}})
    return fixes


def _past_verb_tagged_as_noun_before_the_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A wind-driven wildfire tore through dry brush ..., county officials said": *tore*
    tagged as a noun with *wildfire* its modifier.  A past form the tagger takes for a
    noun, heading the report that an attribution closes, is the report's verb; the noun
    right before it is its subject."""
    for say in _verbs_of_saying(sentence, lexicon):
        for verb in sentence.children(say, "ccomp", "parataxis", "nsubj"):
            lemma = lexicon.past_forms_like_nouns.get(verb.lower)
            before = sentence.words[verb.index - 1] if verb.index > 0 else None
            if lemma is None or verb.upos != "NOUN" or verb.index > say.index or before is None \
                    or before.upos != "NOUN" or before.head != verb.index or before.base_deprel != "compound":
                continue
            # (read as the subject, the speaker hung on it as an apposition: "tore/nsubj ...,
            # county officials/appos said")
            speaker = next((a for a in sentence.children(verb, "appos") if sentence.subtree(a)[-1].index == say.index - 1),
                           None) if verb.base_deprel == "nsubj" else None
            if verb.base_deprel == "nsubj" and speaker is None:
                continue
            fixes = {verb.index: (say.index, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin", "VERB", lemma),
                     before.index: (verb.index, "nsubj")}
            fixes.update({c.index: (before.index, c.deprel) for c in sentence.children(verb) if c.index < before.index})
            if speaker is not None:
                fixes[speaker.index] = (say.index, "nsubj")
                fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(say, "advcl")
                              if verb.index < c.index < speaker.index})
            return fixes
    return {}


def _past_verb_tagged_as_noun_in_a_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"both said the water rose faster than anything they had seen", "as saying each
    day of the strike cost the economy about 90 million crowns": *rose* and *cost* tagged
    as nouns, and the report left with no verb.  In a report with no finite verb before
    it, a past form spelt like a noun, right after a noun phrase, is the report's verb:
    that noun phrase its subject."""
    words = sentence.words
    for say in _verbs_of_saying(sentence, lexicon):
        # a verb of naming with an object names it with a noun phrase, not a report
        # ("My members call it a pay cut")
        if say.lemma in lexicon.naming_verbs and sentence.children(say, "obj", "iobj"):
            continue
        # (nor does a passive one: "has been charged with arson after a fire tore through")
        if sentence.children(say, "aux:pass", "nsubj:pass"):
            continue
        for verb in words[say.index + 2:]:
            lemma = lexicon.past_forms_like_nouns.get(verb.lower)
            # (not a noun after its own article or adjective: "the rose garden", "rising cost")
            # (nor the subject of a finite verb after it: "adding that the upfront cost would pay")
            governor = sentence.head_of(verb)
            if lemma is None or verb.upos != "NOUN" \
                    or words[verb.index - 1].base_deprel in ("det", "nmod:poss", "amod", "nummod") \
                    or verb.base_deprel == "nsubj" and governor is not None and governor.index > verb.index \
                    and is_finite(sentence, governor):
                continue
            if any(w.upos in ("VERB", "AUX") and is_finite(sentence, w) or w.text in (",", ";", ":")
                   or w.lower in ("that", "who", "which") and w.index > say.index + 1
                   for w in words[say.index + 1:verb.index]):
                break
            head = sentence.head_of(verb)
            before = words[verb.index - 1]
            feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
            if before.upos == "NOUN" and before.head == verb.index and before.deprel == "compound" \
                    and verb.deprel != "nmod":
                # "the water rose faster": the noun before it, its subject
                fixes = {verb.index: (say.index, "ccomp", feats, "VERB", lemma),
                         before.index: (verb.index, "nsubj")}
                fixes.update({c.index: (before.index, c.deprel) for c in sentence.children(verb)
                              if c.index < before.index})
                if head is not None and head.index != say.index and head.upos in ("ADJ", "ADV") \
                        and head.head == say.index:
                    fixes[head.index] = (verb.index, "advmod")
                return fixes
            if head is not None and verb.base_deprel == "nmod" and head.head == say.index \
                    and head.base_deprel in ("obj", "nsubj") and head.upos == "NOUN":
                # "each day of the strike cost the economy ...": the noun it modifies, its subject,
                # and the phrase before it that noun's modifier
                inner = before if before.upos in NOMINAL_HEADS and before.head == verb.index else None
                fixes = {verb.index: (say.index, "ccomp", feats, "VERB", lemma), head.index: (verb.index, "nsubj")}
                if inner is not None:
                    fixes[inner.index] = (head.index, "nmod")
                    fixes.update({c.index: (inner.index, c.deprel) for c in sentence.children(verb)
                                  if c.index < inner.index and c.deprel in ("case", "det", "compound", "amod")})
                return fixes
    return {}


def _time_noun_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said in a televised address on Wednesday evening that the reform was ...":
    *evening* tagged a verb, with the report as its complement.  A word for a time
    of day or of the calendar after a noun is a noun dating it; what the parser hung
    on it belongs to the verb of saying above."""
    fixes = {}
    for word in sentence.words:
        noun = sentence.head_of(word)
        if word.upos != "VERB" or word.lower not in lexicon.time_nouns or word.lower in ("may", "march") \
                or noun is None or noun.upos not in NOMINAL_HEADS or word.index < noun.index:
            continue
        say = next((a for a in sentence.ancestors(word) if a.upos == "VERB" and a.lemma in lexicon.cue_verbs), None)
        fixes[word.index] = (noun.index, "nmod:tmod", "Number=Sing", "NOUN", word.lower)
        if say is not None:
            fixes.update({c.index: (say.index, c.deprel) for c in sentence.children(word, "ccomp", "xcomp")})
    return fixes


def _adjectives_clause_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said it was “confident” the club would return to profit": the clause after
    *confident* read as a second report.  A copular adjective of knowing or feeling
    (*confident*, *sure*, *aware*) takes a clause: the clause right after it, with
    nothing joining them, is its complement."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        clauses = sentence.children(say, "ccomp")
        for first, second in zip(clauses, clauses[1:]):
            gap = sentence.words[sentence.subtree(first)[-1].index + 1:sentence.phrase_start(second).index]
            if first.upos == "ADJ" and first.lower in CLAUSE_TAKING_ADJECTIVES and sentence.children(first, "cop") \
                    and all(w.text in QUOTE_MARKS for w in gap) and _has_subject(sentence, second) \
                    and not sentence.children(second, "mark", "cc"):
                fixes[second.index] = (first.index, "ccomp")
    return fixes


# adjectives that take a clause ("was confident the club would return")
CLAUSE_TAKING_ADJECTIVES = frozenset({"confident", "sure", "certain", "convinced", "aware", "hopeful", "optimistic",
                                      "adamant", "clear", "satisfied", "worried", "concerned", "afraid", "glad"})


def _name_taken_for_a_gerund(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Asked whether ..., Benning said the district ...": a surname ending in *-ing*
    tagged as a gerund (the clausal subject of the verb after it, or a conjunct of the
    clause before).  A capitalised word inside the sentence, with nothing of its own,
    right before a finite verb with no subject, is no gerund but that verb's subject,
    a name."""
    fixes = {}
    for word in sentence.words[1:-1]:
        # (its verb, whatever the parser hung it on: "pay, Benning said" may read as a conjunct)
        verb = sentence.words[word.index + 1]
        previous = sentence.words[word.index - 1]
        if word.upos == "VERB" and word.is_ing_form and word.text[:1].isupper() \
                and not word.text.isupper() and word.head >= 0 and not sentence.children(word) \
                and verb.upos == "VERB" and verb.feat("VerbForm") == "Fin" \
                and previous.text not in QUOTE_MARKS \
                and not any(s.index != word.index for s in sentence.children(verb, *SUBJECTS)):
            fixes[word.index] = (verb.index, "nsubj", "Number=Sing", "PROPN", word.text)
    return fixes


# every form of an English auxiliary or modal
AUXILIARY_FORMS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
    "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "'ll",
    "shall", "should", "can", "could", "may", "might", "must", "ought", "need", "dare", "get", "got",
    "wo", "ca", "sha", "gotta", "gonna", "wanna"})


def _as_clauses_subject_read_as_oblique(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"As one of them, retired postman Alan Cresswell, put it: ...", "ran City Hall
    “like a toll booth,” as Assistant U.S. Attorney Anita Grove put it": *as* read as a
    preposition on the speaker, the verb of saying left with no subject or made a
    conjunct.  *As* opening a sentence or following a comma, before a noun phrase that
    runs up to a verb of saying, opens that verb's clause, and the noun phrase is its
    subject."""
    fixes = {}
    for marker in sentence.words:
        before = sentence.words[marker.index - 1] if marker.index > 0 else None
        if marker.lower != "as" or marker.base_deprel != "case" \
                or before is not None and before.text not in (",",) + tuple(CLOSING_QUOTES):
            continue
        noun = sentence.head_of(marker)
        while noun is not None and noun.base_deprel in ("compound", "flat") and noun.head > noun.index:
            noun = sentence.words[noun.head]
        if noun is None or noun.upos not in NOMINAL_HEADS + ("NUM",):
            continue
        end = sentence.subtree(noun)[-1].index
        verb = next((w for w in sentence.words[end + 1:] if w.upos != "PUNCT"), None)
        if verb is None or verb.lemma not in lexicon.cue_verbs and verb.lemma not in lexicon.particle_cue_verbs \
                or verb.upos != "VERB" or sentence.children(verb, "mark") or verb.is_ing_form:
            continue
        if noun.head != verb.index or noun.base_deprel != "nsubj":
            subject = next((s for s in sentence.children(verb, *SUBJECTS) if s.index < marker.index), None)
            copula = next((c for c in sentence.children(verb, "cop") if c.index < marker.index), None)
            predicate = next((c for c in sentence.children(verb) if c.index > verb.index
                              and c.upos in ("NOUN", "ADJ", "PROPN") and c.base_deprel in ("parataxis", "xcomp", "obj")
                              and c.lower != "it"), None)
            if subject is not None and copula is not None and predicate is not None \
                    and not _has_subject(sentence, predicate):
                # ("Coolan Creek is, as Mayor Jo Pettit put it, “a tinderbox ...”": the main
                # clause's subject and copula hung on the verb of the aside, its predicate
                # after it)
                fixes.update({predicate.index: (verb.head, verb.deprel),
                              subject.index: (predicate.index, subject.deprel),
                              copula.index: (predicate.index, "cop"), verb.index: (predicate.index, "advcl")})
            elif _has_subject(sentence, verb):
                continue
            fixes[noun.index] = (verb.index, "nsubj")
        fixes[marker.index] = (verb.index, "mark", "_", "SCONJ")
        if verb.base_deprel == "conj":
            fixes[verb.index] = (verb.head, "advcl")
        # (a description set off by commas with no preposition is an apposition: "one of them,
        # retired postman Alan Cresswell,")
        fixes.update({d.index: (noun.index, "appos") for d in sentence.children(noun, "nmod")
                      if sentence.after_comma(d) and not sentence.children(d, "case")})
    return fixes


def _apposition_hung_on_the_subjects_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.upos != "VERB" or verb.index < 2 or sentence.words[verb.index - 1].text != ",":
            continue
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        if subject is None or subject.upos != "NOUN" or subject.lemma not in lexicon.title_heads \
                or sentence.children(subject, "appos"):
            continue
        for modifier in sentence.children(subject, "nmod"):
            for appos in sentence.children(modifier, "appos"):
                words = [w for w in sentence.subtree(appos) if w.upos != "PUNCT"]
                if sentence.after_comma(appos) and words[-1].index == verb.index - 2 and len(words) >= 2 \
                        and all(w.upos == "PROPN" for w in words) \
                        and not any(w.lower in lexicon.organization_heads for w in words):
                    fixes[appos.index] = (subject.index, "appos")
    return fixes


DASHES = frozenset({"–", "—", "--"})


def _parenthetical_between_dashes(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    words = sentence.words
    for participle in words:
        if participle.upos != "VERB" or participle.feat("VerbForm") not in ("Part", "Ger") \
                or participle.index < 2 or words[participle.index - 1].text not in DASHES \
                or sentence.children(participle, "aux", "aux:pass", "cop"):
            continue
        subject = next((s for s in sentence.children(participle, "nsubj", "nsubj:pass")
                        if sentence.subtree(s)[-1].index == participle.index - 2), None)
        closing = sentence.subtree(participle, exclude=[subject] if subject else [])[-1].index + 1
        if subject is None or closing >= len(words) - 1 or words[closing].text not in DASHES:
            continue
        # the predicate after the closing dash: its first word, or the verb its auxiliaries lead to
        predicate = words[closing + 1]
        if predicate.upos == "AUX" and (up := sentence.head_of(predicate)) is not None and up.index > predicate.index:
            predicate = up
        if predicate.upos not in ("VERB", "ADJ", "NOUN") or _has_subject(sentence, predicate) \
                or not is_finite(sentence, predicate):
            continue
        fixes[subject.index] = (predicate.index, "nsubj")
        fixes[predicate.index] = (participle.head, participle.deprel)
        fixes[participle.index] = (subject.index, "acl")
        for mark in sentence.children(participle, "mark"):  # "that" opens the whole clause
            if mark.index < subject.index:
                fixes[mark.index] = (predicate.index, "mark")
    return fixes


def _subject_of_a_split_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs:
            continue
        subjects = sorted((c for c in sentence.children(verb, "nsubj") if c.index < verb.index), key=lambda w: w.index)
        clause = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                       and not _has_subject(sentence, c)), None)
        if len(subjects) < 2 or clause is None:
            continue
        first, speaker = subjects[0], subjects[1]
        between = sentence.words[sentence.subtree(first)[-1].index + 1:sentence.phrase_start(speaker).index]
        # “The cloud business,” Tran said, “is now the engine”: the quote's subject
        # comes before the attribution that splits it
        if any(w.text in CLOSING_QUOTES for w in between):
            fixes[first.index] = (clause.index, "nsubj")
    return fixes


def _role_noun_read_as_a_second_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"will be run by St. Aldric's chief executive, Helen Marsh-Okafor": *executive*
    tagged as an adjective and hung on the verb beside *chief*, as a phrase of its own.
    A role word right after the noun it modifies, both hung on the same word, heads
    their phrase: the noun before it, with its case marker and possessor, is part of
    the role."""
    fixes = {}
    for role in sentence.words[1:]:
        first = sentence.words[role.index - 1]
        if role.upos != "ADJ" or role.lower not in lexicon.title_heads or first.upos != "NOUN" \
                or first.head != role.head or role.head < 0 or sentence.children(role, "cop"):
            continue
        fixes[role.index] = (role.head, first.deprel, "Number=Sing", "NOUN")
        fixes[first.index] = (role.index, "amod" if first.lower in ROLE_RANKS else "compound")
        fixes.update({c.index: (role.index, c.deprel) for c in sentence.children(first)})
    return fixes


# words before a role that rank it ("chief executive", "senior adviser")
ROLE_RANKS = frozenset({"chief", "senior", "deputy", "acting", "interim", "assistant"})


def _role_noun_read_as_adjective(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Helion’s chief executive, Dr Katrin Vogel, said": *executive* tagged as
    an adjective (modified by *chief*, or predicated of it: the phrase taken for a
    verbless clause).
    A role word right after the noun it would be predicated of, with no copula,
    is the head of a compound role; standing before a verb of saying whose
    subject follows it set off by a comma, it is the subject and that name its
    apposition."""
    fixes = {}
    for role in sentence.words:
        first = sentence.words[role.index - 1] if role.index > 0 else None
        named = next((n for n in sentence.words[role.index + 1:] if n.upos != "PUNCT"), None)
        root = sentence.root()
        verb = None if named is None else sentence.head_of(named) if named.base_deprel == "nsubj" \
            else root if named.head == role.index and named.base_deprel == "appos" and root is not None \
            and root.upos == "VERB" and root.index > named.index and not _has_subject(sentence, root) else None
        if role.upos == "ADJ" and role.lower in lexicon.title_heads and role.base_deprel == "amod" \
                and role.head < role.index and sentence.children(role, "det") and sentence.after_comma(role) \
                and verb is not None and named.upos == "PROPN" \
                and sentence.after_comma(named) and sentence.phrase_start(named).index == role.index + 2:
            # "Speaking outside the office, the official, Moira Kendrick, accused ...": a role
            # word with its own determiner, hung on the noun before its comma, is the subject
            # the name after it stands in apposition to
            fixes.update({role.index: (verb.index, "nsubj", role.feats, "NOUN"), named.index: (role.index, "appos")})
            continue
        if role.upos != "ADJ" or role.lower not in lexicon.title_heads or first is None \
                or first.upos != "NOUN" or first.head != role.index or first.base_deprel not in ("nsubj", "compound") \
                or sentence.children(role, "cop"):
            continue
        fixes[first.index] = (role.index, "compound")
        for modifier in sentence.children(first, "nmod:poss", "det", "amod"):
            fixes[modifier.index] = (role.index, modifier.deprel)
        verb = sentence.head_of(role)
        named = None if verb is None else next(
            (n for n in sentence.children(verb, "nsubj") if role.index < n.index < verb.index
             and sentence.after_comma(n) and n.upos == "PROPN" and _ends_before(sentence, n, verb)), None)
        if verb is not None and verb.lemma in lexicon.cue_verbs and role.index < verb.index \
                and role.base_deprel == "ccomp" and named is not None:
            fixes[role.index] = (verb.index, "nsubj", role.feats, "NOUN")
            fixes[named.index] = (role.index, "appos")
        elif verb is not None and verb.lemma in lexicon.cue_verbs and role.index < verb.index \
                and role.base_deprel in ("ccomp", "advcl") and not _has_subject(sentence, verb):
            # "A senior campaign official, speaking privately, conceded that ...": the
            # verb's only candidate for a subject
            fixes[role.index] = (verb.index, "nsubj", role.feats, "NOUN")
        elif verb is not None and verb.lemma in lexicon.cue_verbs and role.index < verb.index \
                and role.base_deprel in ("ccomp", "advcl") and sentence.after_comma(role) \
                and (named := next((n for n in sentence.children(verb, "nsubj") if n.index < role.index), None)):
            # "Professor Liam Gorton, the HPO’s chief executive, said": the subject's apposition
            fixes[role.index] = (named.index, "appos", role.feats, "NOUN")
        elif role.base_deprel == "list" and verb is not None and verb.upos == "PROPN" and sentence.after_comma(role):
            # "Okafor, a former union official, later conceded": a name's apposition
            fixes[role.index] = (verb.index, "appos", role.feats, "NOUN")
        else:
            fixes[role.index] = (role.head, role.deprel, role.feats, "NOUN")
    return fixes


def _participle_of_saying_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"issued a statement saying talks would resume on Monday": *saying* tagged as a
    noun, and *a statement saying talks* read as one compound, the subject of the
    report.  A participle of saying after a communication noun introduces its report."""
    for word in sentence.words[1:]:
        noun, subject = sentence.words[word.index - 1], sentence.head_of(word)
        verb = lexicon.verb_forms.get(word.lower)
        if word.upos != "NOUN" or not word.is_ing_form or verb not in lexicon.cue_verbs \
                or noun.lemma not in lexicon.cue_nouns or subject is None or subject.index != word.index + 1 \
                or subject.base_deprel != "nsubj" or noun.head != subject.index:
            continue
        clause = sentence.head_of(subject)
        host = sentence.head_of(clause) if clause is not None else None
        if clause is None or host is None or clause.base_deprel != "ccomp":
            continue
        fixes = {noun.index: (host.index, "obj"), word.index: (noun.index, "acl", "VerbForm=Ger", "VERB", verb),
                 clause.index: (word.index, "ccomp")}
        fixes.update({c.index: (noun.index, c.deprel) for c in sentence.children(subject)
                      if c.index < noun.index})
        return fixes
    return {}


def _coordinated_verb_of_saying_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"says the service is “not fit for purpose” and warns that young families are
    leaving": *warns* tagged as a noun conjoined with *purpose*.  After *and*, a finite
    form of a verb of saying followed by *that* is a verb coordinated with the verb of
    saying before it, and the clause after *that* its report."""
    fixes = {}
    forms = lexicon.verb_forms
    for word in sentence.words[1:-1]:
        lemma = forms.get(word.lower)
        conjunction, that = sentence.words[word.index - 1], sentence.words[word.index + 1]
        if word.upos != "NOUN" or lemma not in lexicon.cue_verbs or not word.lower.endswith(("s", "ed")) \
                or conjunction.lower not in ("and", "but") or that.lower != "that":
            continue
        say = next((v for v in reversed(sentence.words[:word.index]) if v.upos == "VERB" and v.lemma in lexicon.cue_verbs),
                   None)
        clause = sentence.head_of(that)
        if say is None or clause is None or clause.index <= that.index:
            continue
        tense = "Past" if word.lower.endswith("ed") else "Pres"
        fixes[word.index] = (say.index, "conj", f"Mood=Ind|Tense={tense}|VerbForm=Fin", "VERB", lemma)
        fixes[conjunction.index] = (word.index, "cc")
        fixes[clause.index] = (word.index, "ccomp")
    return fixes


def _closing_verb_of_saying_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Voters are evenly divided, a new poll suggests.": *suggests* tagged as a
    noun with *poll* its modifier.  After a comma, a noun phrase whose last word
    is a finite form of a verb of saying and ends the sentence is the
    attribution: that word is the main verb, the noun before it its subject."""
    fixes = {}
    forms = lexicon.verb_forms
    root = sentence.root()
    content = [w for w in sentence.words if w.upos != "PUNCT"]
    if root is None or not content:
        return fixes
    word = content[-1]
    subject = sentence.words[word.index - 1]
    lemma = forms.get(word.lower)
    # (or an age used as a noun: "the 64-year-old says")
    nominal = subject.upos in NOMINAL_HEADS or subject.lower == "old" and sentence.words[subject.index - 1].text == "-"
    if word.upos != "NOUN" or lemma not in lexicon.cue_verbs or not word.lower.endswith(("s", "ed")) \
            or not nominal or subject.head != word.index \
            or root.index >= word.index or root.index == word.index:
        return fixes
    start = next(w for w in sentence.subtree(word) if w.upos != "PUNCT")
    # (the comma may close a quotation, or a quotation within it: "“I don’t do anything
    # clever,” the 64-year-old says.", "“She used to tell me, ‘Don’t ...,’” Aldous recalls.")
    i = start.index - 1
    while i > 0 and sentence.words[i].text in CLOSING_QUOTES:
        i -= 1
    if start.index == 0 or sentence.words[start.index - 1].text != "," and not (
            i < start.index - 1 and sentence.words[i].text in (",", "?", "!")):
        return fixes
    tense = "Past" if word.lower.endswith("ed") else "Pres"
    fixes[word.index] = (-1, "root", f"Mood=Ind|Tense={tense}|VerbForm=Fin", "VERB", lemma)
    fixes[subject.index] = (word.index, "nsubj")
    for modifier in sentence.children(word, "det", "amod", "nmod:poss", "compound"):
        if modifier.index < subject.index:
            fixes[modifier.index] = (subject.index, modifier.deprel)
    fixes[root.index] = (word.index, "ccomp")
    return fixes


def _postnominal_adjective_hung_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"according to two people familiar with the talks": *familiar* made the
    head, with *people* its oblique (or its subject).  An adjective with a
    prepositional complement right after a noun phrase, with no copula,
    describes that noun."""
    fixes = {}
    for adjective in sentence.words:
        if adjective.upos != "ADJ" or sentence.children(adjective, "cop") or adjective.head < 0:
            continue
        complement = next((c for c in sentence.children(adjective, "obl") if c.index > adjective.index
                           and sentence.children(c, "case")), None)
        if complement is None:
            continue
        noun = next((c for c in sentence.children(adjective, "obl", "nmod") if c.index < adjective.index
                     and c.upos in NOMINAL_HEADS and sentence.children(c, "case")
                     and sentence.subtree(c)[-1].index == adjective.index - 1), None)
        if noun is not None and not sentence.children(adjective, "nsubj"):
            fixes[noun.index] = (adjective.head, "obl")
            fixes[adjective.index] = (noun.index, "amod")
            continue
        # "two people familiar with the plans said": the noun taken for the subject of a
        # verbless clause; before the verb of saying it is that verb's subject
        verb = sentence.head_of(adjective)
        subject = next((c for c in sentence.children(adjective, "nsubj") if c.index == adjective.index - 1
                        and c.upos in NOMINAL_HEADS), None)
        if subject is not None and verb is not None and verb.lemma in lexicon.cue_verbs \
                and adjective.index < verb.index and not _has_subject(sentence, verb):
            fixes[subject.index] = (verb.index, "nsubj")
            fixes[adjective.index] = (subject.index, "amod")
            continue
        # "A person close to the negotiations said": the adjective hung on the verb
        # beside its subject, as if it were what was said
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index == adjective.index - 1
                        and s.upos in NOMINAL_HEADS), None) if verb is not None else None
        if subject is not None and verb.lemma in lexicon.cue_verbs and adjective.index < verb.index:
            fixes[adjective.index] = (subject.index, "amod")
            continue
        # "According to people familiar with the investigation, detectives examined ...":
        # the adjective hung on the main verb beside the source it describes
        source = None if verb is None else next(
            (s for s in sentence.children(verb, "obl") if s.index == adjective.index - 1
             and s.upos in NOMINAL_HEADS and sentence.children(s, "case")), None)
        # (or after it, at the end: "..., after Skylink grounded three aircraft, according to
        # two people familiar with the negotiations")
        if source is not None and (adjective.index < verb.index
                                   or any(c.lower == "according" for c in sentence.children(source, "case"))):
            fixes[adjective.index] = (source.index, "amod")
    return fixes


def _hyphenated_part_hung_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A 17-year-old boy ... has been released, police said": *17* attached as a
    complement of *said*.  A word written solid with a hyphen to the next one
    (the tokenizer splits the hyphen off) belongs to that word's phrase; a bare
    word cannot be a clause or an argument on its own."""
    fixes = {}
    words = sentence.words
    for word in words[:-2]:
        hyphen, following = words[word.index + 1], words[word.index + 2]
        if sentence.is_solid_hyphen(hyphen) and word.upos == following.upos == "PROPN" \
                and following.head not in (word.index, hyphen.index) and word.head != following.index \
                and not any(c.upos != "PUNCT" for c in sentence.children(following)):
            # "Dr Simone Achebe-Ward": the second half of a double-barrelled name hung apart
            fixes[following.index] = (word.index, "flat")
            continue
        if sentence.is_solid_hyphen(hyphen) and word.upos == following.upos == "PROPN" \
                and following.head == word.index and following.base_deprel == "conj":
            # ("Castellanos-Baird, 58, cautioned": or taken for a conjunct, with what
            # describes the whole name)
            fixes[following.index] = (word.index, "flat")
            fixes.update({c.index: (word.index, c.deprel) for c in sentence.children(following)
                          if c.upos != "PUNCT" or c.index > following.index})
            continue
        clauses = [c for c in sentence.children(word) if c.upos != "PUNCT"]
        if sentence.is_solid_hyphen(hyphen) and word.head < 0 and len(clauses) == 1 \
                and clauses[0].upos == "VERB" and clauses[0].index > following.index:
            # "Twenty-three government MPs voted against the bill": *Twenty* made the root,
            # the clause hung on it
            fixes[clauses[0].index] = (-1, "root")
            fixes[word.index] = (following.index, "nummod" if following.upos == "NUM" else "compound")
            for punct in sentence.children(word, "punct"):
                if punct.index != hyphen.index:
                    fixes[punct.index] = (clauses[0].index, "punct")
            continue
        if not sentence.is_solid_hyphen(hyphen) or word.base_deprel not in ("ccomp", "parataxis", "obj", "nsubj") \
                or any(c.upos != "PUNCT" for c in sentence.children(word)) \
                or word.head in (hyphen.index, following.index):
            continue
        fixes[word.index] = (following.index, "nummod" if word.upos == "NUM" else "compound")
    return fixes


def _quoted_clause_taken_for_the_speaker(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“These are not savings. They are people,” said the union’s branch
    secretary, Martin Kessler": the quote's last sentence, *They are people*,
    attached as the subject of *said*, the speaker as its complement.  A phrase
    with a subject of its own is a clause, not a noun phrase; closed by a quote
    mark right before the verb, it is what was said, and the noun phrase after
    the verb is the speaker."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        if subject is None or not sentence.children(subject, "nsubj") or subject.upos not in (*NOMINAL_HEADS, "ADJ"):
            continue
        before = [w for w in sentence.words[sentence.subtree(subject)[0].index:verb.index] if w.upos == "PUNCT"]
        if not before or not any(w.text in CLOSING_QUOTES for w in before[-2:]):
            continue
        speaker = next((c for c in sentence.children(verb) if c.index > verb.index and c.upos in NOMINAL_HEADS
                        and c.base_deprel in ("ccomp", "obj", "dep", "parataxis", "xcomp")), None)
        if speaker is not None:
            fixes[subject.index] = (verb.index, "ccomp")
            fixes[speaker.index] = (verb.index, "nsubj")
    return fixes


def _quote_taken_for_a_second_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“Bake,” she says finally": the one-word quote read as a subject of *says*
    beside *she*.  A phrase wholly inside quotation marks before the speaker is
    what was said."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        subjects = sorted((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), key=lambda s: s.index)
        if len(subjects) < 2:
            continue
        first = sentence.subtree(subjects[0])
        opening = sentence.words[first[0].index - 1] if first[0].index > 0 else None
        quoted = first[0].text in QUOTE_MARKS or opening is not None and opening.text in QUOTE_MARKS
        closed = any(w.text in CLOSING_QUOTES for w in sentence.words[first[-1].index:subjects[1].index])
        if quoted and closed:
            fixes[subjects[0].index] = (verb.index, "ccomp")
    return fixes


def _closing_attribution_hung_inside_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The museum is to return 112 figures taken by an expedition in 1891, its
    trustees announced on Monday.": *announced* read as a participle on
    *expedition* (or on the noun before the comma, or as a complement of a
    relative clause: "the trust that runs them confirmed").  A report, a comma,
    then a definite noun phrase and a verb of saying with nothing to report of
    its own, closing the sentence (or followed by another comma), is the
    report's attribution: the verb is the speaker's, the noun phrase its
    subject."""
    fixes = {}
    words = sentence.words
    root = sentence.root()
    if root is None or root.upos not in ("VERB", "AUX") and not sentence.children(root, "cop"):
        return fixes
    for verb in words:
        if verb.lemma not in lexicon.cue_verbs or verb.upos != "VERB" or verb.is_ing_form \
                or verb.index <= root.index or verb.feat("Tense") not in ("Past", "Pres") \
                or sentence.children(verb, "obj", "ccomp", "xcomp") or verb.head < 0:
            continue
        comma = next((w for w in reversed(words[:verb.index]) if w.text == ","), None)
        if comma is None or comma.index <= root.index:
            continue
        phrase = words[comma.index + 1:verb.index]
        inside = {w.index for w in phrase}
        tops = [w for w in phrase if w.head not in inside]
        if len(tops) != 1 or tops[0].upos not in (*NOMINAL_HEADS, "PRON") or not phrase \
                or any(w.upos in ("VERB", "AUX") and w.base_deprel != "acl" and not any(
                    a.base_deprel == "acl" for a in sentence.ancestors(w) if a.index in inside) for w in phrase):
            continue
        subject = tops[0]
        if subject.lower in RELATIVE_SUBJECTS | {"that", "whom"}:
            continue  # "..., who spoke on condition of anonymity": a relative clause
        # a source is definite ("its trustees", "the trust that runs them") or a bare
        # plural or name ("keepers", "Reuters"); "a plan announced on Monday" is described
        first = phrase[0]
        if first.lower in ("a", "an") or subject.upos == "NOUN" and subject.feat("Number") != "Plur" \
                and not (first.lower in ("the", "this") or first.upos == "PRON" or sentence.children(subject, "nmod:poss")):
            continue
        own = sentence.subtree(verb, exclude=[w for w in phrase])
        after = words[own[-1].index + 1:] if own else []
        if after and after[0].text not in (",", ".", "!", "?") or sentence.children(verb, "obl:agent"):
            continue
        if subject.head == verb.index and subject.base_deprel == "nsubj" and verb.head == root.index:
            continue
        fixes[verb.index] = (root.index, "parataxis", _as_finite(verb.feats))
        fixes[subject.index] = (verb.index, "nsubj")
    return fixes


def _subject_of_a_fronted_report_taken_for_the_speakers(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The female cub, who arrived on May 2, is “feeding well ...,” said the
    zoo’s head of carnivores": *cub* attached as the subject of *said*, the
    reported clause *is feeding* left without one.  A subject cannot stand before
    a whole clause that precedes its verb: it is that clause's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        # (or as an oblique or object: "The overall waiting list rose by 86,000, the
        # watchdog said", with *list* an oblique of *said*)
        subject = next((s for s in sentence.children(verb, "nsubj", "obl", "obj", "dislocated") if s.index < verb.index
                        and s.upos in (*NOMINAL_HEADS, "PRON") and not sentence.children(s, "case")
                        and (s.base_deprel == "nsubj" or sentence.phrase_start(s).index == 0)), None)
        if subject is None:
            continue
        end = max(w.index for w in sentence.subtree(subject) if w.upos != "PUNCT")
        # (a participle aside after the subject may hang on the verb too: "The record of
        # 39.4C, set at Harnley in 2019, could be under threat, he said")
        aside = next((c for c in sentence.children(verb, "ccomp", "advcl", "acl") if c.index > end
                      and c.upos == "VERB" and c.feat("VerbForm") == "Part" and c.feat("Tense") == "Past"
                      and not _has_subject(sentence, c) and sentence.phrase_start(c).index == end + 2
                      and sentence.words[end + 1].text == ","), None)
        if aside is not None:
            end = max(w.index for w in sentence.subtree(aside) if w.upos != "PUNCT")
        clause = next((c for c in sentence.children(verb, "ccomp") if end < sentence.phrase_start(c).index
                       and c.index < verb.index and not _has_subject(sentence, c) and is_clause(sentence, c)
                       and is_finite(sentence, c)), None)
        if clause is not None:
            fixes[subject.index] = (clause.index, "nsubj")
            if aside is not None:
                fixes[aside.index] = (subject.index, "acl")
    return fixes


def _verb_of_saying_read_as_participle_on_its_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The Home Secretary, Rachel Ainsworth, insisted on Tuesday that the Bill
    was ‘fair’": *insisted* read as a participle modifying *Secretary*, which is
    taken for a second subject of the reported clause.  A clause with two
    subjects, the first carrying a verb of saying, is a report: that verb is the
    main verb, the first subject its own."""
    fixes = {}
    for verb in sentence.words:
        noun = sentence.head_of(verb)
        # (or on the subject's apposition: "Tallis, a former maths teacher, later admitted
        # in an interview that ...")
        if noun is not None and noun.base_deprel == "appos" and sentence.head_of(noun).base_deprel == "nsubj":
            noun = sentence.head_of(noun)
        if verb.lemma not in lexicon.cue_verbs or verb.upos != "VERB" or verb.base_deprel != "acl" \
                or noun is None or noun.base_deprel != "nsubj" or noun.index > verb.index:
            continue
        clause = sentence.head_of(noun)
        if clause is None or clause.index < verb.index or not any(
                s.index > verb.index for s in sentence.children(clause, "nsubj", "nsubj:pass")):
            continue
        if not any(m.lower == "that" and m.index > verb.index for m in sentence.children(clause, "mark")):
            continue
        fixes[verb.index] = (clause.head, clause.deprel, _as_finite(verb.feats))
        fixes[noun.index] = (verb.index, "nsubj")
        fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _report_before(sentence: Sentence, verb: Word, relations: tuple[str, ...] = ("ccomp", "parataxis")) -> Word | None:
    """The report a verb of saying closes ("“...,” said X"): a clause of it before the verb."""
    return next((c for c in sentence.children(verb, *relations) if c.index < verb.index), None)


def _inverted_speaker_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“Patient safety is our priority,” said its chief executive, Dr Farah
    Quayle": *executive* attached as a second complement of *said*.  A bare
    noun phrase after a subjectless verb of saying whose report comes before it
    is the inverted speaker."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb):
            continue
        if _report_before(sentence, verb) is None:
            continue
        # (or an age: "said the 63-year-old", with *old* tagged an adjective)
        speaker = next((c for c in sentence.children(verb, "ccomp") if c.index > verb.index
                        and (c.upos in NOMINAL_HEADS or c.upos == "ADJ" and c.lower == "old")
                        and not sentence.children(c, "cop", "aux", "nsubj", "mark")), None)
        if speaker is not None:
            fixes[speaker.index] = (verb.index, "nsubj")
    return fixes


def _pointing_so_read_as_the_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"So said Walt Prokop, 81, a retired forest ranger": *So* read as the subject of
    *said*, the name as its object and the description as what was said (or the name
    as the object of a clause: "So said Coolan Creek beef farmer Marnie Hollis").  A sentence
    opening with *so* right before a verb of saying points back at what was just
    quoted; the noun phrase after the verb is the inverted speaker, and the nominals
    after it, each after a comma, are its appositions."""
    so = sentence.words[0]
    verb = sentence.words[1] if len(sentence.words) > 2 else None
    if so.lower not in ("so", "thus") or verb is None or verb.lemma not in lexicon.cue_verbs \
            or verb.upos != "VERB" or so.head != verb.index or so.base_deprel == "advmod":
        return {}
    speaker = next((c for c in sentence.children(verb) if c.index > verb.index and c.upos in NOMINAL_HEADS
                    and c.base_deprel in ("obj", "iobj", "nsubj", "ccomp")), None)
    if speaker is None:
        return _speaker_rebuilt_after_pointing_so(sentence, verb)
    fixes = {so.index: (verb.index, "advmod", "_", "ADV"), speaker.index: (verb.index, "nsubj")}
    for aside in sentence.children(verb):
        if aside.index > speaker.index and aside.upos in NOMINAL_HEADS + ("NUM",) and sentence.after_comma(aside) \
                and aside.base_deprel in ("obj", "ccomp", "appos", "obl") \
                and not sentence.children(aside, "case", "cop", "mark"):
            fixes[aside.index] = (speaker.index, "appos")
    return fixes


def _speaker_rebuilt_after_pointing_so(sentence: Sentence, verb: Word) -> Fixes:
    """"So said Coolan Creek beef farmer Marnie Hollis as she queued to leave": the
    speaker read as a clause (*beef* a verb).  The words after the verb up to the first
    function word or punctuation are the speaker's noun phrase when they end in a name:
    the name's first word heads it, the words before it modify it."""
    words = sentence.words
    end = next((w.index for w in words[verb.index + 1:] if w.upos in ("PUNCT", "ADP", "SCONJ", "CCONJ", "PART")),
               len(words))
    phrase = words[verb.index + 1:end]
    name = []
    for w in reversed(phrase):
        if w.upos != "PROPN":
            break
        name.insert(0, w)
    if not name:
        return {}
    head = name[0]
    fixes = {words[0].index: (verb.index, "advmod", "_", "ADV"), head.index: (verb.index, "nsubj", "_", "PROPN")}
    fixes.update({w.index: (head.index, "flat") for w in name[1:]})
    fixes.update({w.index: (head.index, "compound", "_", w.upos if w.upos in NOMINAL_HEADS else "NOUN")
                  for w in phrase if w.index < head.index})
    # (what hung on the phrase's words from outside it hangs on the verb)
    inside = {w.index for w in phrase}
    fixes.update({c.index: (verb.index, c.deprel) for w in phrase for c in sentence.children(w)
                  if c.index not in inside and c.index not in fixes})
    return fixes


def _apposition_of_a_name_hung_above_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"the verdict of Jonas Pereli, 52, a trawler skipper who said ...", "the verdict
    of Selma Rautio, the festival’s artistic director, speaking ...": the role hung on
    *verdict*.  A role set off by a comma right after a name (or after the name's age)
    describes that name: a role, or any description after an age."""
    fixes = {}
    roles = lexicon.title_heads | lexicon.person_epithets
    for role in sentence.words:
        if role.upos != "NOUN" or role.base_deprel != "appos":
            continue
        start = sentence.phrase_start(role)
        if start.index < 2 or sentence.words[start.index - 1].text != ",":
            continue
        before = sentence.words[start.index - 2]
        # (any description after an age: "Jonah Reyes, 16, a former Ashgrove student")
        if role.lower not in roles and before.upos != "NUM":
            continue
        name = sentence.head_of(before) if before.upos == "NUM" and before.base_deprel == "appos" else before
        while name is not None and name.base_deprel == "flat" and name.head < name.index:
            name = sentence.words[name.head]
        # (both hung on the same word, the name's head, which is no name itself: not "Dr
        # Elinor Madsen of Brackwell University, the dig’s director")
        # (nor when the name is itself an apposition: "Her father, Daniel Holt, a bus driver")
        if name is None or name.upos != "PROPN" or name.head != role.head or sentence.head_of(role).upos == "PROPN" \
                or name.base_deprel == "appos":
            continue
        fixes[role.index] = (name.index, "appos")
    return fixes


def _subject_read_as_a_modifier_of_the_fronted_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"At the changeover my coach just said, ‘Stand back ...’": *coach* hung on
    *changeover* as a modifier with no preposition, and *said* left with no subject.
    A noun phrase with a determiner right before a subjectless verb of saying (an
    adverb aside), hung on the noun before it with no preposition of its own, is the
    verb's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb):
            continue
        before = next((w for w in reversed(sentence.words[:verb.index]) if w.upos != "ADV"), None)
        noun = before if before is not None and before.upos in NOMINAL_HEADS else None
        host = sentence.head_of(noun) if noun is not None else None
        if host is None or noun.base_deprel != "nmod" or host.index > noun.index or sentence.children(noun, "case") \
                or not sentence.children(noun, "det", "nmod:poss") or host.upos not in NOMINAL_HEADS:
            continue
        fixes[noun.index] = (verb.index, "nsubj")
    return fixes


def _adjective_in_the_speaker_read_as_a_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"As one stranded salesman put it": *stranded* read as the verb, *one* its
    subject and *salesman* its object, and the verb of saying right after left
    with no subject.  A participle between a determiner-like word and the noun
    that ends right before a subjectless verb of saying modifies that noun, the
    verb's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb) or verb.index < 3:
            continue
        noun = sentence.words[verb.index - 1]
        participle = sentence.words[verb.index - 2]
        opener = sentence.words[verb.index - 3]
        if noun.upos != "NOUN" or noun.head != participle.index or noun.base_deprel != "obj" \
                or participle.upos != "VERB" or participle.feat("Tense") != "Past" \
                or opener.head != participle.index or opener.base_deprel != "nsubj" \
                or opener.upos not in ("NUM", "DET", "PRON") or participle.head != verb.index:
            continue
        fixes[noun.index] = (verb.index, "nsubj")
        fixes[participle.index] = (noun.index, "amod", "Tense=Past|VerbForm=Part", "ADJ")
        fixes[opener.index] = (noun.index, "nummod" if opener.upos == "NUM" else "det")
        fixes.update({m.index: (verb.index, "mark") for m in sentence.children(participle, "mark")})
    return fixes


def _role_word_read_as_a_second_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"have sacked manager Declan Fairhurst": the role word and the name read as
    two objects (or, after a verb of saying, the role as its addressee and the name
    as the report's subject).  A bare role word right before a name is its title."""
    fixes = {}
    for name in sentence.words:
        verb = sentence.head_of(name)
        role = sentence.words[name.index - 1] if name.index > 0 else None
        if name.upos != "PROPN" or name.base_deprel != "obj" or verb is None or role is None \
                or role.base_deprel != "obj" or role.head != name.head or role.upos != "NOUN" \
                or not role.text.islower() or sentence.children(role) \
                or role.lower not in lexicon.title_heads | lexicon.occupation_epithets:
            continue
        fixes[role.index] = (name.index, "compound")
    for say in _verbs_of_saying(sentence, lexicon):
        # ("said assistant Kelly Marsh would take charge": the role read as the addressee,
        # the name as the report's subject)
        for role in sentence.children(say, "obj", "iobj"):
            name = sentence.words[role.index + 1] if role.index + 1 < len(sentence.words) else None
            while name is not None and name.upos == "PROPN" and name.head > name.index \
                    and name.base_deprel in ("flat", "compound", "nmod"):
                name = sentence.words[name.head]  # (the head of "Kelly Marsh")
            clause = sentence.head_of(name) if name is not None else None
            if name is not None and name.upos == "PROPN" and name.base_deprel == "nsubj" and clause is not None \
                    and clause.head == say.index and clause.base_deprel == "ccomp" and role.upos == "NOUN" \
                    and role.text.islower() and not sentence.children(role) \
                    and role.lower in lexicon.title_heads | lexicon.occupation_epithets:
                fixes[role.index] = (name.index, "compound")
    return fixes


def _participle_of_an_inverted_title_read_as_a_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“...,” said managing director Paul Kettle": *managing* read as a verb
    after *said*, the role and the name its objects.  An *-ing* word between a
    subjectless verb of saying and a role word before a name belongs to the title
    (*managing director*, *acting chairman*)."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb) or verb.index + 3 >= len(sentence.words) \
                or _report_before(sentence, verb) is None:
            continue
        participle, role = sentence.words[verb.index + 1], sentence.words[verb.index + 2]
        name = sentence.words[verb.index + 3]
        while name.base_deprel in ("compound", "flat") and name.head > name.index:
            name = sentence.words[name.head]
        if participle.upos == "VERB" and participle.is_ing_form and participle.head == verb.index \
                and role.head == participle.index and role.lower in lexicon.title_heads \
                and name.upos == "PROPN" and name.head == participle.index:
            fixes[participle.index] = (role.index, "amod", "VerbForm=Ger", "ADJ")
            fixes[role.index] = (name.index, "compound")
            fixes[name.index] = (verb.index, "nsubj")
    return fixes


def _participle_of_a_title_in_apposition_read_as_a_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said Graham Tulloch, managing director of Northern Isles Shipping": *managing*
    read as a participle on the name, *director* its object.  An *-ing* word right
    after the comma that follows a name, with a role word right after it as its
    object, belongs to the role, which is the name's apposition."""
    fixes = {}
    for participle in sentence.words[2:-1]:
        name, role = sentence.head_of(participle), sentence.words[participle.index + 1]
        if name is not None and participle.base_deprel == "advcl":
            # ("Alasdair Quayle, acting director of ..., cautioned that": hung on the verb
            # whose subject the name is)
            name = next((n for n in sentence.children(name, "nsubj") if n.upos == "PROPN"
                         and sentence.subtree(n)[-1].index == participle.index - 1), None)
            if name is not None and participle.upos == "VERB" and participle.is_ing_form \
                    and role.head == participle.index and role.base_deprel == "obj" \
                    and role.lower in lexicon.title_heads and sentence.words[participle.index - 1].text == ",":
                fixes[role.index] = (name.index, "appos")
                fixes[participle.index] = (role.index, "amod", "VerbForm=Ger", "ADJ")
                fixes[participle.index - 1] = (role.index, "punct")
                fixes.update({c.index: (role.index, "punct") for c in sentence.children(participle, "punct")})
            continue
        if participle.upos == "VERB" and participle.is_ing_form and name is not None \
                and name.upos == "PROPN" and name.index < participle.index \
                and sentence.words[participle.index - 1].text == "," \
                and participle.base_deprel in ("amod", "acl") and role.head == participle.index \
                and role.base_deprel == "obj" and role.lower in lexicon.title_heads:
            fixes[role.index] = (name.index, "appos")
            fixes[participle.index] = (role.index, "amod", "VerbForm=Ger", "ADJ")
            fixes[participle.index - 1] = (role.index, "punct")
    return fixes


def _inverted_asker_read_as_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“Why are we still running the Brick at all?” asked the association’s
    president": the one asking read as the one asked.  Right after a quoted
    question closes, *asked* with no subject is inverted: its object asks."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        before = sentence.words[verb.index - 1] if verb.index > 0 else None
        question = _report_before(sentence, verb, ("ccomp", "parataxis", "advcl"))
        # (a subject inside the quotation is the question's: "“Why is the old system still
        # running?” asked ...")
        subjects = sentence.children(verb, "nsubj")
        if verb.lemma not in lexicon.question_framing_verbs or before is None or before.text not in CLOSING_QUOTES \
                or question is None or any(s.index > before.index for s in subjects):
            continue
        asker = next((c for c in sentence.children(verb, "obj", "iobj") if c.index > verb.index
                      and c.upos in NOMINAL_HEADS), None)
        if asker is not None:
            fixes[asker.index] = (verb.index, "nsubj")
            fixes.update({s.index: (question.index, "nsubj") for s in subjects})
    return fixes


def _role_before_inverted_speaker_read_as_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“...,” replied the bassist Hana Reiss": *bassist* read as the object of
    *replied*, the name as its subject.  A role word right before the inverted
    speaker's name, after a verb whose report came before it, is the name's
    description ("said the drummer Felix Odum")."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _report_before(sentence, verb, ("ccomp", "parataxis", "advcl")) is None:
            continue
        name = next((c for c in sentence.children(verb, "nsubj", "obj") if c.index > verb.index and c.upos == "PROPN"),
                    None)
        role = next((c for c in sentence.children(verb, "obj", "iobj") if c.upos == "NOUN"
                     and c.lower in lexicon.title_heads | lexicon.occupation_epithets), None) if name is not None else None
        if role is not None and verb.index < role.index and sentence.phrase_start(name).index == role.index + 1:
            fixes[role.index] = (verb.index, "nsubj")
            fixes[name.index] = (role.index, "appos")
    return fixes


def _subject_hung_after_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A spokesperson for the Department said ministers were ‘determined ...’":
    *spokesperson* attached as the passive subject of *determined*.  The noun
    phrase that fills the clause's start up to a subjectless verb of saying is
    its subject, wherever the parser hung it."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.feat("VerbForm") != "Fin" \
                or _has_subject(sentence, verb) or verb.index == 0:
            continue
        opener = next((w for w in reversed(sentence.words[:verb.index])
                       if w.text in (",", ";", ":", *CLOSING_QUOTES)), None)
        # the clause from the sentence's start (a relative clause set off by commas inside
        # the subject: "Sergeant Ruth Kaminski, who led the investigation, said"), or from
        # the last punctuation that opens one
        for start in (0, opener.index + 1 if opener else 0):
            span = sentence.words[start:verb.index]
            inside = {w.index for w in span}
            tops = [w for w in span if w.head not in inside and w.upos != "PUNCT"]
            if len(tops) == 1 and tops[0].upos in NOMINAL_HEADS and tops[0].head > verb.index:
                fixes[tops[0].index] = (verb.index, "nsubj")
                break
    return fixes


def _coordinated_saying_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Kalan admitted that some members would “rather stay in opposition,” and in a
    statement, the Green Left said ...": the second verb of saying, with its own subject
    and its *and*, read as the complement of the first report's verb.  A clause opened by
    a coordinator is no complement: it is coordinated with the verb of saying whose
    report holds it."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        governor = sentence.head_of(verb)
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        cc = next((c for c in sentence.children(verb, "cc") if c.lower in ("and", "but")), None)
        # (or, sharing the first verb's subject, read as a conjunct inside its report:
        # "conceded the company had begun drilling before its permits were final but
        # insisted it had acted “in good faith”")
        shared = subject is None and verb.base_deprel == "conj" and sentence.children(verb, "ccomp")
        if governor is None or not (verb.base_deprel == "ccomp" and subject is not None or shared) or cc is None \
                or subject is not None and cc.index > subject.index or governor.index > cc.index:
            continue
        speaking = next((a for a in sentence.ancestors(verb) if a.index < cc.index
                         and a.lemma in lexicon.cue_verbs and a.upos == "VERB"), None)
        if speaking is not None and speaking is not governor:
            fixes[verb.index] = (speaking.index, "conj")
    return fixes


def _second_clause_with_its_speaker_read_inside_the_first(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"More than 410,000 homes and businesses remained without electricity Tuesday,
    five days after Hurricane Orla tore across the coast, and Gov. Teresa Valdane warned
    that ...": *remained* read as a participle on *homes*, which became the subject of
    *warned*, and the governor as a conjunct of *coast*.  A name after ", and" right
    before a verb of saying is that verb's subject, and the clause before it, whose
    verb the parser hung on its subject, a clause of its own coordinated with it."""
    fixes = {}
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        name = words[verb.index - 1] if verb.index > 0 else None
        while name is not None and name.base_deprel == "flat" and name.head < name.index:
            name = words[name.head]
        if subject is None or name is None or name.upos != "PROPN" or name.base_deprel != "conj" \
                or name.head == subject.index or name.index not in {w.index for w in sentence.subtree(subject)}:
            continue
        cc = next((c for c in sentence.children(name, "cc") if c.lower == "and"), None)
        if cc is None or cc.index == 0 or words[cc.index - 1].text != "," \
                or sentence.subtree(name)[-1].index != verb.index - 1:
            continue
        clause = next((a for a in sentence.children(subject, "acl") if a.upos == "VERB" and a.index > subject.index
                       and a.feat("Tense") == "Past" and not sentence.children(a, "mark", "aux", "aux:pass", "nsubj")
                       and a.index < cc.index), None)
        if clause is None:
            continue
        fixes[clause.index] = (verb.head, verb.deprel, _as_finite(clause.feats))
        fixes[subject.index] = (clause.index, "nsubj")
        fixes[verb.index] = (clause.index, "conj")
        fixes[name.index] = (verb.index, "nsubj")
        fixes[cc.index] = (verb.index, "cc")
        fixes[words[cc.index - 1].index] = (verb.index, "punct")
        fixes.update({c.index: (clause.index, c.deprel) for c in sentence.children(verb)
                      if c.index < subject.index})
    return fixes


def _apposition_hung_past_the_name_before_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Outside the court, Sam Ngata, district secretary of the Western Miners’ Union,
    said ...": *secretary* hung on *court* as its apposition, past the name.  A noun
    phrase set off by commas right after a name describes that name, not a noun before
    it."""
    fixes = {}
    words = sentence.words
    for apposition in words:
        host = sentence.head_of(apposition)
        start = sentence.phrase_start(apposition).index
        # (one already on a name stays there, however the name's parts were hung)
        if apposition.base_deprel != "appos" or apposition.upos != "NOUN" or host is None \
                or host.upos == "PROPN" or start < 3 or words[start - 1].text != ",":
            continue
        name = words[start - 2]
        while name.base_deprel == "flat" and name.head < name.index:
            name = words[name.head]
        # (a name inside the noun's own phrase leaves the apposition to the noun: "an
        # all-out war between Israel and Hezbollah, a danger that ...")
        if name.upos != "PROPN" or name.index <= host.index \
                or host.index in {w.index for w in sentence.subtree(name)} \
                or name.index in {w.index for w in sentence.subtree(host)} \
                or sentence.subtree(name)[-1].index != start - 2 \
                or name.index in {w.index for w in sentence.subtree(apposition)}:
            continue
        fixes[apposition.index] = (name.index, "appos")
    return fixes


def _inside_a_subject_below(sentence: Sentence, word: Word, top: Word) -> bool:
    """Whether ``word`` lies inside the subject of some clause between it and ``top``."""
    for above in [word, *sentence.ancestors(word)]:
        if above.index == top.index:
            return False
        if above.base_deprel in SUBJECTS:
            return True
    return False


def _coordinated_clause_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A petition had gathered 11,000 signatures, and the union’s president,
    Ruby Achterberg, said she would ...": *petition* taken for the subject of
    *said*, *gathered* for its complement and *president* for a conjunct inside
    it.  A subject comes before its verb's complement, not before a whole clause
    that precedes the verb; the noun phrase after *and* right before the verb is
    its subject, and the clause before is coordinated with it."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.head >= 0:
            continue
        subject = next((s for s in sentence.children(verb, "nsubj") if s.index < verb.index), None)
        clause = next((c for c in sentence.children(verb, "ccomp") if subject is not None
                       and subject.index < c.index < verb.index and not _has_subject(sentence, c)), None)
        # (or the clause has its subject and the verb of saying none: "Off-spinner Kofi Mensah
        # took six for 58, and Kestria captain Tom Ashdown, who was leading the side ..., said:")
        clause = clause or next((c for c in sentence.children(verb, "ccomp") if subject is None
                                 and c.index < verb.index and _has_subject(sentence, c)), None)
        if clause is None or subject is not None and not any(
                c.index > verb.index for c in sentence.children(verb, "ccomp")):
            continue
        speaker = next((n for n in sentence.subtree(clause) if n.upos in NOMINAL_HEADS and n.base_deprel == "conj"
                        and any(c.lower == "and" for c in sentence.children(n, "cc"))
                        and sentence.subtree(n)[-1].index in (verb.index - 1, verb.index - 2)), None)
        # a conjunct inside the clause's own subject ("..., Katarina Dobrev, general
        # secretary of the Federation of Metro and Rail Workers, told") coordinates
        # within that noun phrase, not two clauses
        if speaker is None or _inside_a_subject_below(sentence, speaker, clause):
            continue
        if subject is not None:
            fixes[subject.index] = (clause.index, "nsubj")
        fixes[clause.index] = (-1, "root")
        fixes[verb.index] = (clause.index, "conj")
        fixes[speaker.index] = (verb.index, "nsubj")
        for cc in sentence.children(speaker, "cc"):
            fixes[cc.index] = (verb.index, "cc")
    return fixes


def _date_of_saying_inside_the_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Haberl said Thursday he was shocked": *Thursday* attached inside the
    reported clause (as a second subject).  A day or time right after the verb
    of saying, before the complement's own subject, dates the saying."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.index + 1 >= len(sentence.words):
            continue
        when = sentence.words[verb.index + 1]
        clause = sentence.head_of(when)
        if when.lemma.lower() not in lexicon.time_nouns or clause is None or clause.head != verb.index \
                or clause.base_deprel != "ccomp" or sentence.children(when):
            continue
        if any(s.index > when.index for s in sentence.children(clause, *SUBJECTS) if s.index != when.index):
            fixes[when.index] = (verb.index, "obl:tmod")
    return fixes


def _complementiser_read_as_determiner(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"used to say that bread “knows when you are in a hurry”": *that* read as the
    determiner of *bread*, and *knows* hung on *used*.  Right after a verb of saying,
    *that* before the subject of a finite verb opens that verb's clause, the
    complement."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        that = sentence.words[verb.index + 1] if verb.index + 1 < len(sentence.words) else None
        if that is None or that.lower != "that" or that.base_deprel != "det":
            continue
        subject = sentence.head_of(that)
        clause = sentence.head_of(subject) if subject is not None and subject.base_deprel == "nsubj" else None
        if clause is None or clause.upos not in ("VERB", "AUX", "ADJ") or not is_finite(sentence, clause) \
                or clause.index < verb.index or verb.index in {w.index for w in sentence.subtree(clause)} \
                or any(c.index != clause.index for c in sentence.children(verb, "ccomp")):
            continue
        fixes[that.index] = (clause.index, "mark", "_", "SCONJ")
        fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _subject_hung_on_auxiliary(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said it had ‘welcomed the opportunity’": *it* hung on the auxiliary *had*.
    An auxiliary heads nothing; its dependents belong to the verb it serves."""
    fixes = {}
    for word in sentence.words:
        head = sentence.head_of(word)
        if word.base_deprel in SUBJECTS and head is not None and head.upos == "AUX" \
                and head.base_deprel == "aux" and head.head >= 0:
            fixes[word.index] = (head.head, word.deprel)
    return fixes


def _auxiliary_cut_off_by_a_parenthetical_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Wren Aldous does not, she insists, enjoy talking about herself": *does not*
    hung on *insists*, *Aldous* its oblique, and *enjoy* a conjunct.  An attribution set
    off by commas holds no auxiliary before its subject's comma: the auxiliary (and a
    negation with it) belongs to the verb after the closing comma, and the noun phrase
    before them is that verb's subject."""
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        subject = words[verb.index - 1] if verb.index > 1 else None
        if subject is None or subject.head != verb.index or subject.base_deprel != "nsubj" \
                or words[subject.index - 1].text != "," or verb.index + 2 >= len(words) \
                or words[verb.index + 1].text != ",":
            continue
        comma = subject.index - 1
        auxiliaries = [a for a in sentence.children(verb, "aux") if a.index < comma]
        clause = next((c for c in sentence.children(verb, "conj", "ccomp", "xcomp", "parataxis")
                       if sentence.phrase_start(c).index == verb.index + 2 and c.upos == "VERB"
                       and not sentence.children(c, "aux", "nsubj")), None)
        opener = next((n for n in sentence.children(verb) if n.index < min((a.index for a in auxiliaries), default=0)
                       and n.upos in NOMINAL_HEADS and n.base_deprel in ("obl", "nsubj", "obj")), None)
        if not auxiliaries or clause is None or opener is None:
            continue
        fixes = {a.index: (clause.index, "aux") for a in auxiliaries}
        fixes.update({n.index: (clause.index, "advmod") for n in sentence.children(verb, "advmod")
                      if n.index < comma and n.lower in ("not", "n't", "never")})
        fixes[opener.index] = (clause.index, "nsubj")
        fixes[clause.index] = (verb.index, "ccomp")
        return fixes
    return {}


def _auxiliary_cut_off_by_an_aside(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The committee had, as Oyelaran put it, decided that ...": *had* read as a main
    verb with the subject, and *decided* as a new clause.  A form of *have* or *be* with
    a subject but no object or predicate, whose head is a participle after an aside set
    off by commas, is that participle's auxiliary, and its subject is the participle's."""
    fixes = {}
    for word in sentence.words:
        head = sentence.head_of(word)
        if word.lemma not in ("have", "be") or head is None or head.index <= word.index + 1 \
                or sentence.words[word.index + 1].text != "," or head.upos != "VERB" \
                or not (head.feat("VerbForm") == "Part" or word.lemma == "have" and head.feat("Tense") == "Past"):
            continue
        kids = sentence.children(word)
        subjects = [k for k in kids if k.base_deprel == "nsubj"]
        if len(subjects) != 1 or any(k.base_deprel not in ("nsubj", "punct", "advmod") for k in kids) \
                or _has_subject(sentence, head):
            continue
        fixes.update({word.index: (head.index, "aux"), subjects[0].index: (head.index, subjects[0].deprel)})
    return fixes


def _subject_after_a_preposition_read_as_its_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The plan came under scrutiny after a memo to the board warned that ...":
    *memo* read as the object of the preposition *after*, and *warned*, left with no
    subject, made the main verb.  A subordinator like *after* opens a clause whose
    subject runs up to the verb of saying; that clause modifies the main verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb):
            continue
        main = next((a for a in sentence.children(verb, "advcl") if a.index < verb.index
                     and _has_subject(sentence, a)), None)
        noun = None if main is None else next(
            (n for n in sentence.children(main, "obl") if n.index < verb.index and any(
                c.lower in CLAUSE_PREPOSITIONS for c in sentence.children(n, "case"))
             and all(w.upos == "PUNCT" for w in sentence.words[sentence.subtree(n)[-1].index + 1:verb.index])), None)
        if noun is None:
            continue
        preposition = next(c for c in sentence.children(noun, "case") if c.lower in CLAUSE_PREPOSITIONS)
        fixes[noun.index] = (verb.index, "nsubj")
        fixes[preposition.index] = (verb.index, "mark", "_", "SCONJ")
        fixes[main.index] = (verb.head, verb.deprel)
        fixes[verb.index] = (main.index, "advcl")
    return fixes


def _adverbial_clause_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"the ‘reset’ Mr Whitlock promised after his party lost two by-elections":
    *after* read as the case marker of *party*, and *lost* as what was promised.  A
    subject takes no preposition: a subordinator opening a clause, before its
    subject, makes it an adverbial clause, not a report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            subject = next((s for s in sentence.children(clause, "nsubj") if s.index < clause.index), None)
            marker = next((c for c in sentence.children(subject, "case") if c.lower in CLAUSE_PREPOSITIONS | {"as"}
                           and c.index == sentence.phrase_start(clause).index), None) if subject else None
            if marker is not None and clause.index > verb.index:
                fixes[marker.index] = (clause.index, "mark", "_", "SCONJ")
                fixes[clause.index] = (verb.index, "advcl")
    return fixes


def _subject_with_a_gerund_read_as_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said talks on extending the truce had stalled": *talks* read as the person told,
    *extending* as an adverbial clause, and *stalled* as what was extended, with *truce*
    its subject.  A noun right after a verb of saying, with a preposition and a gerund
    after it and then a finite verb, is the reported clause's subject: the gerund's
    phrase modifies it, the noun before the finite verb is the gerund's object."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp"):
            continue
        noun = next((n for n in sentence.children(verb, "iobj", "obj") if n.index == verb.index + 1
                     and n.upos == "NOUN"), None)
        gerund = sentence.words[noun.index + 2] if noun is not None and noun.index + 2 < len(sentence.words) else None
        if gerund is None or gerund.head != verb.index or gerund.base_deprel != "advcl" \
                or not gerund.is_ing_form or sentence.words[noun.index + 1].head != gerund.index:
            continue
        clause = next((c for c in sentence.children(gerund, "ccomp") if c.index > gerund.index
                       and is_finite(sentence, c)), None)
        subject = next(iter(sentence.children(clause, "nsubj")), None) if clause is not None else None
        if subject is None or subject.index < gerund.index or sentence.children(gerund, "obj"):
            continue
        preposition = sentence.words[noun.index + 1]
        fixes[clause.index] = (verb.index, "ccomp")
        fixes[noun.index] = (clause.index, "nsubj")
        fixes[gerund.index] = (noun.index, "acl")
        fixes[preposition.index] = (gerund.index, "mark")
        fixes[subject.index] = (gerund.index, "obj")
    return fixes


def _report_read_inside_an_infinitive_on_the_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the decision to charge followed a two-year investigation": *decision* read
    as the person told, *followed* as a complement of *charge*.  A finite verb with no
    subject right after a noun and its infinitive, on a verb of saying with no report,
    is the report's verb, the noun its subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp"):
            continue
        for noun in sentence.children(verb, "iobj", "obj"):
            infinitive = next((c for c in sentence.children(noun, "acl") if c.index > noun.index
                               and any(m.lower == "to" for m in sentence.children(c, "mark"))), None)
            finite = next((c for c in sentence.children(infinitive, "xcomp", "ccomp", "conj")
                           if c.index == sentence.subtree(infinitive)[0].index + 2 or c.index == infinitive.index + 1)
                          if infinitive is not None else iter(()), None)
            if finite is None or not (finite.feat("VerbForm") == "Fin" or _simple_past(sentence, finite)) \
                    or _has_subject(sentence, finite) or sentence.children(finite, "mark"):
                continue
            fixes[finite.index] = (verb.index, "ccomp", _as_finite(finite.feats))
            fixes[noun.index] = (finite.index, "nsubj")
    return fixes


def _gerunds_object_read_as_a_second_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"accusing the referee of “bottling” a second penalty claim": *claim* read as a
    second object of *accusing*.  A verb takes one direct object: a noun phrase right
    after a gerund that has none is the gerund's."""
    fixes = {}
    objects_of: dict[int, list[Word]] = {}
    for word in sentence.words:
        if word.deprel == "obj":
            objects_of.setdefault(word.head, []).append(word)
    for objects in objects_of.values():
        for first, second in zip(objects, objects[1:]):
            start = sentence.phrase_start(second)
            gerund = next((w for w in reversed(sentence.words[first.index + 1:start.index])
                           if w.text not in QUOTE_MARKS), None)
            if gerund is not None and gerund.upos == "VERB" and gerund.is_ing_form \
                    and not sentence.children(gerund, "obj") and gerund.index > first.index:
                fixes[second.index] = (gerund.index, "obj")
    return fixes


def _report_read_as_a_relative_clause_on_a_second_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told MPs the country needed ‘stability, ...’": *country* read as a second person
    told, *needed* as a participle on it.  A verb of telling takes one addressee: the
    noun after it, with a past form right after, is the report's subject and the past
    form its verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        addressees = sentence.children(verb, "iobj", "obj")
        if verb.lemma not in lexicon.addressee_verbs or len(addressees) != 2:
            continue
        noun = addressees[1]
        clause = next((c for c in sentence.children(noun, "acl") if c.index == sentence.subtree(noun)[-1].index
                       or c.index == noun.index + 1), None)
        if clause is None or clause.upos != "VERB" or not _simple_past(sentence, clause) \
                or _has_subject(sentence, clause):
            continue
        fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
        fixes[noun.index] = (clause.index, "nsubj")
        # (and what the parser made a second report after it is the clause's object)
        fixes.update({c.index: (clause.index, "obj") for c in sentence.children(verb, "ccomp")
                      if c.index > clause.index and c.upos == "NOUN"})
    return fixes


def _quantity_subject_read_as_a_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said more needed to be done", "said little had changed": *more* read as an adverb
    of *needed*, which is left without a subject (and taken for an infinitive-like
    complement).  A quantity word right before the finite verb of a report is its
    subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "xcomp", "ccomp"):
            start = next((w for w in sentence.subtree(clause) if w.upos != "PUNCT" and w.lower != "that"), clause)
            before = start if all(w.upos in ("AUX", "PART") for w in sentence.words[start.index + 1:clause.index]) \
                else sentence.words[clause.index - 1]
            if before.index <= verb.index or before.lower not in QUANTITY_SUBJECTS \
                    or before.head != clause.index or _has_subject(sentence, clause) \
                    or not (is_finite(sentence, clause) or _simple_past(sentence, clause)) \
                    or any(w.upos != "PUNCT" for w in sentence.words[verb.index + 1:before.index]
                           if w.lower != "that"):
                continue
            fixes[before.index] = (clause.index, "nsubj")
            finite = clause.feats if sentence.children(clause, "aux") else _as_finite(clause.feats)
            fixes[clause.index] = (verb.index, "ccomp", finite)
    return fixes


# quantity words that can be a clause's subject ("said more needed to be done")
QUANTITY_SUBJECTS = frozenset({"more", "less", "much", "little", "nothing", "something", "everything",
                               "all", "enough", "most", "none"})


def _plural_subject_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Immigration advocates, meanwhile, said ...": *advocates* read as a verb with
    *Immigration* its subject, the clause taken for a report before *said*, which is
    left without a subject.  A verb of saying has a subject: a bare form in -s with
    nothing of a verb's own, before it, is a plural noun, its subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb):
            continue
        noun = next((c for c in sentence.children(verb, "ccomp", "parataxis", "advcl") if c.index < verb.index
                     and c.upos == "VERB" and c.lower.endswith("s") and c.feat("Tense") == "Pres"
                     and not sentence.children(c, "obj", "ccomp", "xcomp", "aux", "mark", "obl")), None)
        modifier = next((m for m in sentence.children(noun, "nsubj") if m.index == noun.index - 1
                         and m.upos in NOMINAL_HEADS), None) if noun is not None else None
        if modifier is None or sentence.phrase_start(noun).index != modifier.index:
            continue
        fixes[noun.index] = (verb.index, "nsubj", "Number=Plur", "NOUN", noun.lower[:-1])
        fixes[modifier.index] = (noun.index, "compound")
        # (an aside it carried belongs to the verb of saying: ", meanwhile,")
        fixes.update({c.index: (verb.index, "advmod" if c.upos in ("ADV", "ADJ") else c.deprel)
                      for c in sentence.children(noun) if c.index > noun.index and c.upos != "PUNCT"})
    return fixes or _plural_subject_tagged_as_verb_before_its_conjunct(sentence, lexicon)


def _plural_subject_tagged_as_verb_before_its_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Truck drivers queuing outside the gates said ...": *drivers* read as the main
    verb, *Truck* its subject, and *said* its conjunct.  Two verbs are not coordinated
    with neither a conjunction nor a comma between them: the bare form in -s before
    the verb of saying, with no object or clause of its own, is its plural subject, and
    a participle on it a reduced relative clause."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        if verb.deprel != "conj" or _has_subject(sentence, verb) or sentence.children(verb, "cc") \
                or noun is None or noun.upos != "VERB" or not noun.lower.endswith("s") \
                or noun.feat("Tense") != "Pres" or sentence.words[verb.index - 1].text == "," \
                or sentence.children(noun, "obj", "ccomp", "aux", "mark", "obl", "advmod"):
            continue
        modifier = next((m for m in sentence.children(noun, "nsubj") if m.index == noun.index - 1
                         and m.upos in NOMINAL_HEADS), None)
        if modifier is None or sentence.phrase_start(noun).index != modifier.index:
            continue
        fixes[verb.index] = (noun.head, noun.deprel)
        fixes[noun.index] = (verb.index, "nsubj", "Number=Plur", "NOUN", noun.lower[:-1])
        fixes[modifier.index] = (noun.index, "compound")
        for c in sentence.children(noun):
            if c.deprel == "xcomp" and c.index < verb.index and c.lower.endswith("ing"):
                fixes[c.index] = (noun.index, "acl")
            elif c.index > verb.index:
                fixes[c.index] = (verb.index, c.deprel)
    return fixes


def _clause_of_a_noun_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said he had “no idea” there was a school behind the trees": *was* read as a
    second report of *said*.  A clause right after one that ends on a noun like
    *idea*, with nothing between them but quotation marks, is that noun's clause."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(verb, "ccomp"):
            inside = sentence.subtree(report)
            noun = next((w for w in reversed(inside) if w.upos != "PUNCT"), None)
            following = next((w for w in sentence.words[inside[-1].index + 1:] if w.text not in QUOTE_MARKS), None)
            if noun is None or following is None or noun.upos != "NOUN" or noun.lemma not in lexicon.complement_nouns:
                continue
            # (the parser may hang it anywhere: as a second report, a conjunct of the main verb)
            second = next((c for c in sentence.words if c.base_deprel in ("ccomp", "conj", "parataxis")
                           and c not in inside and sentence.phrase_start(c) is following
                           and (c.upos in ("VERB", "AUX") or sentence.children(c, "cop"))
                           and not sentence.children(c, "mark", "cc")), None)
            if second is not None:
                fixes[second.index] = (noun.index, "acl")
    return fixes


def _complement_noun_read_as_the_subject_of_its_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"an overdue flag was ‘an administrative status, not a sign the ground is
    unsafe’": *sign* read as a first subject of *unsafe*, which has *ground* for its
    own.  A noun like *sign* or *idea* right before a clause's subject is no second
    subject: the clause is that noun's, and after a comma the noun phrase stands
    beside the predicate before it."""
    fixes = {}
    words = sentence.words
    for clause in words:
        subjects = sentence.children(clause, "nsubj")
        if len(subjects) != 2 or subjects[0].lemma not in lexicon.complement_nouns \
                or subjects[0].upos != "NOUN" or clause.head < 0 \
                or sentence.subtree(subjects[0])[-1].index + 1 != sentence.phrase_start(subjects[1]).index:
            continue
        noun = subjects[0]
        fixes[clause.index] = (noun.index, "acl")
        start = sentence.subtree(noun)[0]
        before = words[start.index - 1] if start.index > 0 else None
        beside = words[before.index - 1] if before is not None and before.text == "," and before.index > 0 else None
        if beside is not None and beside.upos in NOMINAL_HEADS and beside.index not in \
                {w.index for w in sentence.subtree(clause)}:
            fixes[noun.index] = (beside.index, "conj")
        else:
            fixes[noun.index] = (clause.head, clause.deprel)
    return fixes


def _first_conjunct_of_a_report_read_as_a_noun_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A report of a man with a rifle kept 600 students locked in ..., but there was
    never any danger, police said": *report* hung on *said* as an oblique, *kept* as a
    participle on it, and only the clause after *but* reported.  A report opened by a
    conjunction has a first conjunct before it: the noun that opens the sentence, with
    no preposition, is that clause's subject and its past form its verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        second = next((c for c in sentence.children(verb, "ccomp") if sentence.children(c, "cc")), None)
        if second is None:
            continue
        noun = next((n for n in sentence.children(verb, "obl", "obj", "nsubj") if n.index < second.index
                     and n.upos == "NOUN" and not sentence.children(n, "case")
                     and sentence.phrase_start(n).index == _after_opening_punctuation(sentence)), None)
        first = next((c for c in sentence.children(noun, "acl") if c.upos == "VERB" and c.feat("Tense") == "Past"
                      and not sentence.children(c, "aux", "aux:pass") and not _has_subject(sentence, c)), None) \
            if noun is not None else None
        if first is None:
            continue
        fixes[first.index] = (verb.index, "ccomp", _as_finite(first.feats))
        fixes[noun.index] = (first.index, "nsubj")
        fixes[second.index] = (first.index, "conj")
    return fixes


def _measure_before_a_quoted_predicate_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"warned that the backup servers were “one bad day away from failure”": *day*
    read as a report of its own with the copula, *away* as a second one with the
    subject.  A noun with a copula but no subject, right before a report that has the
    subject but no copula, measures that report's predicate (*one bad day away*), and
    the copula is the predicate's."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        reports = sentence.children(verb, "ccomp")
        for measure, report in zip(reports, reports[1:]):
            copulas = sentence.children(measure, "cop")
            if measure.upos != "NOUN" or not copulas or _has_subject(sentence, measure) \
                    or not _has_subject(sentence, report) or sentence.children(report, "cop") \
                    or sentence.subtree(measure)[-1].index + 1 != sentence.subtree(report)[0].index \
                    and sentence.subtree(measure)[-1].index + 1 != report.index:
                continue
            fixes[measure.index] = (report.index, "obl:npmod")
            fixes.update({c.index: (report.index, "cop") for c in copulas})
    return fixes


def _gerund_of_saying_hung_on_its_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"opened Monday's session by saying the hearing would “follow the evidence ...”":
    *saying* hung as an adverbial on *follow*, with *hearing* its object, and *follow*
    made a conjunct of *opened*.  A gerund of saying after a preposition, whose object
    runs right up to a subjectless clause it hangs on, reports that clause, and the
    object is the clause's subject; the gerund keeps the clause's place."""
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        clause = sentence.head_of(verb)
        if clause is None or verb.base_deprel != "advcl" or clause.index < verb.index or not verb.is_ing_form \
                or not sentence.children(verb, "mark") or _has_subject(sentence, clause) \
                or not is_finite(sentence, clause):
            continue
        subject = next((o for o in sentence.children(verb, "obj") if o.index > verb.index
                        and all(w.head == clause.index and w.base_deprel in ("aux", "punct", "advmod")
                                for w in words[sentence.subtree(o)[-1].index + 1:clause.index])), None)
        if subject is None:
            continue
        fixes = {verb.index: (clause.head, "advcl" if clause.base_deprel == "conj" else clause.deprel),
                 clause.index: (verb.index, "ccomp"), subject.index: (clause.index, "nsubj")}
        fixes.update({c.index: (clause.head, c.deprel) for c in sentence.children(clause, "cc")})
        return fixes
    return {}


def _verb_of_saying_hung_on_its_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 29-year-old admitted he had once stretched a vial ...", "A senior official
    ..., admitted the margin was narrower ...": *admitted* hung as an adverbial on the
    clause after it, which took the sentence's subject.  A verb of saying with no
    subordinator, followed by a clause with a subject of its own, reports that
    clause; a subject before the verb of saying is the verb's."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        clause = sentence.head_of(verb)
        if clause is None or verb.base_deprel != "advcl" or clause.index < verb.index \
                or sentence.children(verb, "mark") or not is_finite(sentence, clause) \
                or any(c.lower in ADVERBIAL_OPENERS for c in sentence.children(verb) if c.index < verb.index):
            continue  # ("When the Sentinel published its findings, Whitford dismissed them")
        subjects = sentence.children(clause, *SUBJECTS)
        own = [s for s in subjects if s.index > verb.index]
        before = [s for s in subjects if s.index < verb.index]
        if not own or _has_subject(sentence, verb) == bool(before) or len(before) > 1:
            continue
        # (not a verb inside a quotation that closes before the clause: "“He shouted at me
        # once in 20 years,” the 58-year-old said")
        if any(w.text in CLOSING_QUOTES for w in sentence.words[verb.index + 1:own[0].index]):
            continue
        fixes[verb.index] = (clause.head, clause.deprel)
        fixes[clause.index] = (verb.index, "ccomp")
        if before:
            fixes[before[0].index] = (verb.index, "nsubj")
        # what came before the verb of saying is the saying's ("..., admitted"); the final
        # full stop closes the sentence the verb of saying now heads
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(clause)
                      if c.index < verb.index and c.index not in fixes
                      or c.upos == "PUNCT" and c.index == len(sentence.words) - 1})
    return fixes


def _verb_of_saying_inside_the_speakers_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"But a senior official who asked not to be named said the government was
    reluctant ...": *said* hung inside the relative clause, *official* made the
    subject of the report.  A subjectless verb of saying right after the relative
    clause of a subject is that subject's verb, and the clause it was hung on
    beside is its complement."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        relative = next((a for a in sentence.ancestors(verb) if a.deprel == "acl:relcl"), None)
        noun = sentence.head_of(relative) if relative is not None else None
        clause = sentence.head_of(noun) if noun is not None and noun.base_deprel == "nsubj" else None
        if clause is None or _has_subject(sentence, verb) or clause.index < verb.index \
                or not any(s.index > verb.index for s in sentence.children(clause, *SUBJECTS)) \
                or verb.index - 1 not in {w.index for w in sentence.subtree(relative)}:
            continue
        # (the main verb is finite, whatever form it was read as inside the relative clause)
        fixes[verb.index] = (clause.head, clause.deprel, _as_finite(verb.feats))
        fixes[noun.index] = (verb.index, "nsubj")
        fixes[clause.index] = (verb.index, "ccomp")
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(clause)
                      if c.index < noun.index or c.upos == "PUNCT" and c.index == len(sentence.words) - 1})
    return fixes


def _verb_of_saying_inside_an_aside_of_its_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"One rival coach, speaking on condition of anonymity, argues that ...": *argues*
    hung inside the aside, the sentence left a noun phrase.  A sentence whose root
    is a noun has its verb elsewhere: a finite verb of saying with no subject, after
    the aside's closing comma, is the main verb and the noun its subject."""
    root = sentence.root()
    if root is None or root.upos not in NOMINAL_HEADS:
        return {}
    # (also tagged a noun, when a that-clause hangs on it: "argues that ...")
    verb = next((v for v in sentence.words if v.index > root.index and v.lemma in lexicon.cue_verbs
                 and not _has_subject(sentence, v) and sentence.after_comma(v) and (
                     v.upos == "VERB" and v.feat("VerbForm") == "Fin"
                     # (a past tense read as a participle: "Okafor, a former union official,
                     # later conceded ...")
                     or v.upos == "VERB" and v.feat("Tense") == "Past" and v.base_deprel != "amod"
                     and not sentence.children(v, "aux", "aux:pass")
                     or v.upos == "NOUN" and v.lower.endswith("s") and _that_clause_on(sentence, v))), None)
    if verb is None:
        return {}
    fixes = {verb.index: (-1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VERB")
             if verb.upos == "NOUN" else (-1, "root"), root.index: (verb.index, "nsubj")}
    fixes.update({c.index: (verb.index, "ccomp") for c in [_that_clause_on(sentence, verb)] if c is not None})
    fixes.update({c.index: (verb.index, "punct") for c in sentence.children(root)
                  if c.upos == "PUNCT" and c.index == len(sentence.words) - 1})
    return fixes


def _that_clause_on(sentence: Sentence, word: Word) -> Word | None:
    return next((c for c in sentence.children(word, "acl", "acl:relcl", "ccomp")
                 if any(m.lower == "that" and m.upos == "SCONJ" for m in sentence.children(c, "mark"))), None)


def _words_of_the_quote_hung_on_the_verb_after_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“We expected some effect, but nothing on this scale,” said Dr Helena ...":
    *nothing* read as a second subject of *said*.  Words inside the quotation marks that
    close before the verb of saying belong to the quoted clause the verb reports, not to
    the verb: a phrase joined by a conjunction is a conjunct of that clause."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        quoted = next((c for c in sentence.children(verb, "ccomp", "parataxis") if c.index < verb.index), None)
        if quoted is None:
            continue
        for stray in sentence.children(verb, "nsubj", "obj"):
            between = sentence.words[quoted.index:stray.index]
            end = [w for w in sentence.subtree(stray) if w.upos != "PUNCT"][-1].index
            closing = [w for w in sentence.words[end + 1:verb.index] if w.text in CLOSING_QUOTES]
            if quoted.index < stray.index < verb.index and closing \
                    and not any(w.text in QUOTE_MARKS for w in between):
                fixes[stray.index] = (quoted.index, "conj" if sentence.children(stray, "cc") else "parataxis")
    return fixes


def _prepositional_phrase_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"cautioned the investigation was far from over": *from over* read as a second
    report of *cautioned*.  A phrase with a preposition and no clause of its own, right
    after the report with nothing between, continues the report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        reports = sorted(sentence.children(verb, "ccomp"), key=lambda w: w.index)
        for first, second in zip(reports, reports[1:]):
            start = sentence.subtree(second)[0]
            if second.upos in ("ADV", "ADJ", "NOUN") and start.base_deprel == "case" and start.head == second.index \
                    and start.index == sentence.subtree(first)[-1].index + 1 \
                    and not sentence.children(second, "nsubj", "cop", "aux"):
                fixes[second.index] = (first.index, "obl")
    return fixes


def _purpose_clause_read_as_a_conjunct_of_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"announced that classes would start late Tuesday so students could greet the
    bus": *greet* read as a second verb of the speaker's, joined with no conjunction.
    A clause opened by *so* with a modal, right after the report, is the report's
    purpose: it hangs on the report's verb, *so* its subordinator."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        reports = sentence.children(verb, "ccomp")
        for clause in sentence.children(verb, "conj"):
            so = sentence.subtree(clause)[0]
            report = next((r for r in reports if sentence.subtree(r)[-1].index == so.index - 1), None)
            if report is None or so.lower != "so" or so.head != clause.index or sentence.children(clause, "cc") \
                    or not any(a.lemma in ("can", "could", "will", "would", "may", "might")
                               for a in sentence.children(clause, "aux")):
                continue
            fixes[clause.index] = (report.index, "advcl")
            fixes[so.index] = (clause.index, "mark", "_", "SCONJ")
    return fixes


def _report_after_the_addressee_hung_on_an_outer_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"relied on an electrician who assured him the wiring was ‘perfectly sound’": the
    clause after *him* hung on the sentence's main verb.  A verb of saying with its
    addressee and no report of its own reports the clause that starts right after the
    addressee, whichever verb above it the parser gave that clause to."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        addressee = next(iter(sentence.children(verb, "iobj", "obj")), None)
        if addressee is None or addressee.index < verb.index or sentence.children(verb, "ccomp", "xcomp"):
            continue
        start = sentence.subtree(addressee)[-1].index + 1
        above = {a.index for a in sentence.ancestors(verb)}
        clause = next((w for w in sentence.words[start:] if w.head in above
                       and w.base_deprel in ("parataxis", "ccomp", "conj") and not sentence.children(w, "cc")
                       and [x for x in sentence.subtree(w) if x.upos != "PUNCT"][0].index == start), None)
        if clause is not None and sentence.children(clause, "nsubj", "nsubj:pass"):
            fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _subject_hung_on_the_closing_attribution(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Three oil paintings, including a harbour scene, were stolen ..., police said":
    *paintings* made the complement of *said*, *stolen* left with no subject.  A
    noun phrase before the clause the attribution closes, where that clause lacks
    a subject, is the clause's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        clause = sentence.head_of(verb)
        if clause is None or verb.base_deprel != "parataxis" or clause.index > verb.index \
                or _has_subject(sentence, clause):
            continue
        noun = next((c for c in sentence.children(verb, "ccomp", "obj") if c.index < clause.index
                     and c.upos in (*NOMINAL_HEADS, "PRON")), None)
        if noun is not None:
            passive = bool(sentence.children(clause, "aux:pass"))
            fixes[noun.index] = (clause.index, "nsubj:pass" if passive else "nsubj")
    return fixes


def _noun_after_that_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told reporters that rescue boats had been unable to reach ...", "said that
    crews were working ...": the noun after the complementiser tagged as a verb.  A
    bare verb (no subject, no auxiliary) right after *that*, followed by a subject or
    by the auxiliary of a later verb, is a noun: the modifier of that subject, or the
    subject itself; the later verb heads the clause."""
    fixes = {}
    for that in sentence.words[:-2]:
        word, after = sentence.words[that.index + 1], sentence.words[that.index + 2]
        if that.lower != "that" or word.upos != "VERB" or any(
                c.index != that.index for c in sentence.children(word, *SUBJECTS, "aux", "aux:pass", "obj")):
            continue
        # ("said through a spokesperson that directors “fully support” Halvorsen": the
        # noun's verb after a quotation mark, hung on the noun)
        later = next((w for w in sentence.words[word.index + 1:] if w.upos not in ("PUNCT", "ADV")), None)
        if later is not None and later.upos == "VERB" and later.head == word.index \
                and not sentence.children(later, *SUBJECTS) and later.base_deprel in ("ccomp", "xcomp", "parataxis"):
            fixes[later.index] = (word.head, word.deprel)
            fixes[word.index] = (later.index, "nsubj", "_", "NOUN")
            fixes[that.index] = (later.index, "mark", "_", "SCONJ")
            fixes.update({c.index: (later.index, c.deprel) for c in sentence.children(word)
                          if c.index not in (later.index, that.index)})
            continue
        if sentence.children(word, *SUBJECTS):
            continue
        verb = sentence.head_of(after)
        if verb is None or verb.index <= after.index or verb.upos not in ("VERB", "AUX", "ADJ") \
                or after.upos not in ("NOUN", "AUX") or after.upos == "NOUN" and after.base_deprel != "nsubj" \
                or after.upos == "AUX" and any(s.index != that.index for s in sentence.children(verb, *SUBJECTS)):
            continue
        inside = {w.index for w in sentence.subtree(word)}
        if verb.index in inside:
            fixes[verb.index] = (word.head, word.deprel)
        fixes[word.index] = (after.index, "compound", "_", "NOUN") if after.upos == "NOUN" \
            else (verb.index, "nsubj", "_", "NOUN")
        fixes[that.index] = (verb.index, "mark", "_", "SCONJ")
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(word)
                      if c.index not in (verb.index, that.index)})
    return fixes


def _purpose_clause_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"notes that she keeps every shaving, so that a future restorer can undo her
    work": the purpose clause taken for a second report.  *So that* (*such that*,
    *in order that*, *now that*) opens an adverbial clause of the report before it."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        reports = sorted(sentence.children(verb, "ccomp"), key=lambda c: c.index)
        for earlier, clause in zip(reports, reports[1:]):
            that = next((m for m in sentence.children(clause, "mark") if m.lower == "that"), None)
            conjunction = None if that is None else sentence.words[that.index - 1]
            if conjunction is not None and conjunction.lower in ADVERBIAL_BEFORE_THAT \
                    and sentence.head_of(conjunction) in (clause, verb):
                fixes[clause.index] = (earlier.index, "advcl")
                fixes[conjunction.index] = (clause.index, "mark")
    return fixes


# "so that", "such that", "in order that", "now that": not the complementiser of a report
ADVERBIAL_BEFORE_THAT = frozenset({"so", "such", "order", "now"})


def _words_before_that_hung_inside_the_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Pascoe, after a check by the review system, ruled that Rehu had lost
    control": *system* hung on *lost*.  A that-clause after its verb of saying begins
    at *that*: what stands before the *that* modifies the saying."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            that = next((m for m in sentence.children(clause, "mark") if m.lower == "that"), None)
            if that is None or that.index < verb.index:
                continue
            for early in sentence.children(clause):
                part = sentence.subtree(early)
                if early.index < that.index and early.upos not in ("PUNCT", "CCONJ") and part[-1].index < that.index:
                    fixes[early.index] = (verb.index, early.deprel)
    return fixes


def _writer_comment_inside_the_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the sample had been contaminated at a laboratory in Marvelle, a claim
    the tribunal rejected": *claim* attached as an apposition of *Marvelle*.  An
    indefinite communication noun set off by a comma at the end of the sentence
    sums up the report; it is the writer's comment on the whole clause."""
    fixes = {}
    content = [w for w in sentence.words if w.upos != "PUNCT"]
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            comment = next((w for w in sentence.subtree(clause) if w.base_deprel == "appos"
                            and w.lemma.lower() in lexicon.cue_nouns and sentence.after_comma(w)
                            and sentence.phrase_start(w).lower in ("a", "an")
                            and content and sentence.subtree(w)[-1].index >= content[-1].index), None)
            if comment is not None and comment.head != clause.index:
                fixes[comment.index] = (clause.index, "parataxis")
            # ("claimed the bypass was fully funded, a claim the Treasury never confirmed": the
            # comment's relative clause, with no pronoun, read as a clause coordinated with the
            # report and the comment as its fronted object)
            for conjunct in sentence.children(clause, "conj"):
                noun = next((o for o in sentence.children(conjunct, "obj") if o.lemma.lower() in lexicon.cue_nouns
                             and sentence.after_comma(o) and sentence.phrase_start(o).lower in ("a", "an")
                             and o.index < conjunct.index), None)
                subject = next((c for c in sentence.children(conjunct, "nsubj") if noun is not None
                                and noun.index < c.index < conjunct.index), None)
                if subject is not None and not sentence.children(conjunct, "cc"):
                    fixes[noun.index] = (clause.index, "parataxis")
                    fixes[conjunct.index] = (noun.index, "acl:relcl")
    return fixes


def _relative_pronoun_read_as_apposition(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Ostara’s founder, Piet van Leeuwen, who will become chairman, called
    Brightwell “the right home”": *who* hung as an apposition, *become* made the
    main verb with *founder* its subject and *called* an adverbial.  A relative
    pronoun after a comma is the subject of the clause it opens; that clause
    modifies the noun before it, and the verb after its closing comma is the
    sentence's own."""
    fixes = {}
    for pronoun in sentence.words:
        if pronoun.lower not in RELATIVE_SUBJECTS or pronoun.base_deprel == "nsubj" or pronoun.index == 0 \
                or not sentence.after_comma(pronoun):
            continue
        verb = next((w for w in sentence.words[pronoun.index + 1:] if w.upos in ("VERB", "AUX")
                     and w.deprel != "aux"), None)
        noun = None if verb is None else next(
            (s for s in sentence.children(verb, "nsubj") if s.index < pronoun.index), None)
        if noun is None:
            continue
        main = next((c for c in sentence.children(verb, "advcl", "conj", "parataxis") if c.index > verb.index
                     and sentence.after_comma(c) and c.upos == "VERB" and not _has_subject(sentence, c)
                     and (c.feat("VerbForm") == "Fin" or c.feat("Tense") == "Past")), None)
        if main is None or main.lemma not in lexicon.cue_verbs | lexicon.naming_verbs:
            continue
        fixes[main.index] = (verb.head, verb.deprel, _as_finite(main.feats))
        fixes[noun.index] = (main.index, "nsubj")
        fixes[verb.index] = (noun.index, "acl:relcl")
        fixes[pronoun.index] = (verb.index, "nsubj")
    return fixes


def _role_before_an_apposed_name_read_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The prisons minister, Owen Threlfall, acknowledged that": *minister* read as a
    verb (its subject *prisons*) in a clause hung on the verb of saying, the name that
    follows it between commas read as the subject.  A role word right before a name set
    off by commas that is the subject of a verb of saying heads the subject; the name is
    its apposition."""
    for role in sentence.words:
        verb = sentence.head_of(role)
        if role.upos != "VERB" or role.lower not in lexicon.title_heads | lexicon.occupation_epithets \
                or verb is None or verb.lemma not in lexicon.cue_verbs or verb.index < role.index \
                or sentence.children(role, "aux", "cop", "obj", "mark") \
                or role.index + 2 >= len(sentence.words) or sentence.words[role.index + 1].text != ",":
            continue
        name = next((s for s in sentence.children(verb, "nsubj") if s.upos == "PROPN"
                     and next(w for w in sentence.subtree(s) if w.upos != "PUNCT").index == role.index + 2), None)
        end = [w for w in sentence.subtree(name) if w.upos != "PUNCT"][-1].index + 1 if name is not None else 0
        if name is None or end >= len(sentence.words) or sentence.words[end].text != ",":
            continue
        fixes = {role.index: (verb.index, "nsubj", "Number=Sing", "NOUN"), name.index: (role.index, "appos")}
        for modifier in sentence.children(role, "nsubj"):
            if modifier.index < role.index:
                fixes[modifier.index] = (role.index, "compound")
                fixes.update({d.index: (role.index, d.deprel) for d in sentence.children(modifier, "det", "nmod:poss")})
        return fixes
    return {}


def _role_noun_read_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Cybersecurity expert Maya Lindqvist, of Birchfield University, said":
    *expert* read as a verb with *Cybersecurity* its subject and the name its
    object, *said* hung on it.  A role word followed by a name and then a
    subjectless verb of saying is the name's title; the name is the subject.  So
    when the verb of saying is the role's conjunct sibling ("..., but referee Owen
    Pascoe, after a long check, ruled that ..."): what hangs on the role after the
    name then belongs to the verb of saying."""
    fixes = {}
    for role in sentence.words:
        if role.upos != "VERB" or role.lower not in lexicon.title_heads | lexicon.occupation_epithets \
                or sentence.children(role, "aux", "cop"):
            continue
        # ("Former Wanderers striker Gary Tembe and ex-boss Phil Harker both said": a name
        # of two words, an occupation)
        name = next((o for o in sentence.children(role, "obj") if sentence.phrase_start(o).index == role.index + 1
                     and o.upos == "PROPN"), None)
        siblings = sentence.children(sentence.head_of(role), "conj") if role.base_deprel == "conj" else []
        saying = next((c for c in [*sentence.children(role, "parataxis", "conj", "ccomp"), *siblings]
                       if name is not None and c.index > name.index and c.lemma in lexicon.cue_verbs
                       and c.upos == "VERB" and not _has_subject(sentence, c)), None)
        if saying is None:
            continue
        if saying.head == role.index:
            fixes[saying.index] = (role.head, role.deprel)
        else:
            fixes.update({c.index: (saying.index, c.deprel) for c in sentence.children(role)
                          if c.index != name.index and c.index != saying.index})
        fixes[name.index] = (saying.index, "nsubj")
        fixes[role.index] = (name.index, "compound", "Number=Sing", "NOUN")
        for modifier in sentence.children(role, "nsubj"):
            if modifier.index < role.index:
                fixes[modifier.index] = (role.index, "compound")
    return fixes


def _role_modifier_read_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Federation records officer Paul Iredale confirms that ...": *records*
    read as a verb with *officer* its object, the verb of saying hung on it.  A
    bare role word right after a verb and right before a name that is the subject
    of a verb of saying hung on that verb is the name's title, the verb a noun
    that says what the role is about."""
    fixes = {}
    for verb in sentence.words[:-2]:
        role, first = sentence.words[verb.index + 1], sentence.words[verb.index + 2]
        if verb.upos != "VERB" or role.head != verb.index or role.deprel != "obj" or role.upos != "NOUN" \
                or role.lower not in lexicon.title_heads or sentence.children(role) \
                or sentence.children(verb, "aux", "cop"):
            continue
        name = first if first.upos == "PROPN" and first.base_deprel == "nsubj" else sentence.head_of(first)
        saying = sentence.head_of(name) if name is not None and name.upos == "PROPN" \
            and name.base_deprel == "nsubj" and first.index >= name.index - 1 else None
        if saying is None or saying.head != verb.index or saying.lemma not in lexicon.cue_verbs:
            continue
        fixes[saying.index] = (verb.head, verb.deprel)
        fixes.update({c.index: (saying.index, c.deprel) for c in sentence.children(verb)
                      if c.index > role.index and c.index != saying.index})
        fixes.update({c.index: (role.index, "compound") for c in sentence.children(verb) if c.index < verb.index})
        fixes[verb.index] = (role.index, "compound", "Number=Plur", "NOUN")
        fixes[role.index] = (name.index, "compound")
    return fixes


def _adverbial_inside_the_report_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"cautioned that pulling books before the committee finished its review would
    break the policy": *before ... finished* hung on *cautioned*, though it sits
    between the report's subject and its verb.  An adverbial clause of a verb of
    saying that lies wholly inside the span of that verb's report belongs to the
    report (dependencies do not cross)."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(verb, "ccomp"):
            words = sentence.subtree(report)
            if report.index < verb.index:
                continue
            first, last = words[0].index, words[-1].index
            for clause in sentence.children(verb, "advcl"):
                inner = sentence.subtree(clause)
                if first < inner[0].index and inner[-1].index < last:
                    fixes[clause.index] = (report.index, "advcl")
    return fixes


def _addressee_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told reporters his office was “reviewing the ruling”", "urged crews to report
    ...": *reporters* tagged a verb, the report hung on it.  A plural noun form (its
    lemma and an *s*) right after a verb that takes an addressee, read as a verb with a
    clause (or an infinitive) and no subject of its own, is the addressee; the clause
    is what was said."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.addressee_verbs or verb.index + 1 >= len(sentence.words):
            continue
        word = sentence.words[verb.index + 1]
        if word.upos != "VERB" or word.head != verb.index or word.lower != word.lemma.lower() + "s" \
                or sentence.children(word, *SUBJECTS, "aux", "mark"):
            continue
        # (or what they were urged to do: "urged crews from both countries to report any trawler")
        request = next((c for c in sentence.children(word, "advcl", "xcomp") if c.index > word.index
                        and any(m.lower == "to" for m in sentence.children(c, "mark"))), None)
        if sentence.children(word, "ccomp"):
            fixes[word.index] = (verb.index, "iobj", "Number=Plur", "NOUN")
            fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(word)})
        elif request is not None:
            fixes[word.index] = (verb.index, "obj", "Number=Plur", "NOUN")
            fixes[request.index] = (verb.index, "xcomp")
    return fixes


def _addressees_last_name_word_read_as_a_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told BBC Sport the mood had turned “toxic”": *Sport* read as a first subject of
    *turned*.  A clause takes one subject; a capitalised word right after a named
    addressee, before the clause's own subject, is the last word of that name."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        for addressee in sentence.children(saying, "iobj", "obj"):
            if addressee.upos != "PROPN" or addressee.index < saying.index:
                continue
            end = sentence.subtree(addressee)[-1]
            word = sentence.words[end.index + 1] if end.index + 1 < len(sentence.words) else None
            clause = sentence.head_of(word) if word is not None else None
            if word is None or clause is None or word.upos != "PROPN" or word.base_deprel != "nsubj" \
                    or clause.head != saying.index or clause.base_deprel != "ccomp" \
                    or not any(s.index > word.index for s in sentence.children(clause, "nsubj", "nsubj:pass")):
                continue
            fixes[word.index] = (addressee.index, "flat")
            fixes.update({c.index: (addressee.index, c.deprel) for c in sentence.children(word)})
    return fixes


def _who_clause_after_an_apposition_hung_inside_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Janine Colley, chair of the Ashmoor Town Supporters' Trust, who argued ...": the
    *who* clause hung on *Trust*.  Set off by a comma after the apposition of a name, a
    clause on *who* describes the person named, not a noun inside the apposition."""
    fixes = {}
    for clause in sentence.words:
        noun = sentence.head_of(clause)
        if noun is None or clause.deprel != "acl:relcl" \
                or not any(s.lower == "who" and sentence.phrase_start(clause).index == s.index
                           for s in sentence.children(clause, "nsubj", "nsubj:pass")):
            continue
        start = sentence.phrase_start(clause).index
        apposition = next((a for a in sentence.ancestors(noun) if a.base_deprel == "appos"), None)
        name = sentence.head_of(apposition) if apposition is not None else None
        if name is None or name.upos != "PROPN" or noun.index == apposition.index or noun.base_deprel != "nmod" \
                or sentence.words[start - 1].text != "," \
                or max(w.index for w in sentence.subtree(apposition, exclude=[clause])) != start - 2:
            continue
        fixes[clause.index] = (name.index, "acl:relcl")
    return fixes


def _comma_hung_outside_the_phrase_around_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the impurity, a compound known as NDMX, had been found": the comma after
    *NDMX* hung on *statement*, outside the clause whose words stand on both sides of
    it, so the clause no longer reads as one stretch of text.  A comma belongs to the
    smallest phrase that holds the words on either side of it."""
    fixes = {}
    words = sentence.words
    for comma in words[1:-1]:
        if comma.text != "," or comma.head < 0:
            continue
        left, right = words[comma.index - 1], words[comma.index + 1]
        if left.upos == "PUNCT" or right.upos == "PUNCT":
            continue  # (a comma inside a closing mark belongs with the mark: "“initial response,” and")
        above_left = [left.index, *(a.index for a in sentence.ancestors(left))]
        above_right = {right.index, *(a.index for a in sentence.ancestors(right))}
        common = next((i for i in above_left if i in above_right), None)
        if common is None or common == comma.index or common in {a.index for a in sentence.ancestors(comma)}:
            continue
        span = sentence.subtree(words[common])
        if span[0].index < comma.index < span[-1].index:
            fixes[comma.index] = (common, "punct")
    return fixes


def _possessor_of_the_reports_subject_read_as_the_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"acknowledged the council's own inspectors had missed the fault": *council 's* read
    as the object of *acknowledged*.  A noun phrase that ends in a possessive *'s* owns
    the noun after it; right before the report's subject, it is that subject's possessor."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        for owner in sentence.children(saying, "obj", "iobj"):
            end = sentence.subtree(owner)[-1]
            if owner.index < saying.index or end.lower not in ("'s", "’s") or end.head != owner.index:
                continue
            subject = next((s for c in sentence.children(saying, "ccomp") for s in sentence.children(c, *SUBJECTS)
                            if sentence.phrase_start(s).index == end.index + 1), None)
            if subject is not None:
                fixes[owner.index] = (subject.index, "nmod:poss")
    return fixes


def _report_opened_by_demonstrative_that_read_as_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"the sheriff told The Associated Press that would happen only if ...": *that* read as
    a relative pronoun and the report as a relative clause on the addressee.  A name takes
    no restrictive relative clause; after a verb of telling with no report, the clause
    on *that* is the report, *that* its demonstrative subject."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        if sentence.children(saying, "ccomp", "xcomp"):
            continue
        for addressee in sentence.children(saying, "iobj", "obj"):
            if addressee.upos not in ("PROPN", "PRON") and not (
                    addressee.upos == "NOUN" and addressee.text[:1].isupper() and addressee.index > 0
                    and sentence.words[addressee.index - 1].text[:1].isupper()):
                continue
            for clause in sentence.children(addressee, "acl:relcl"):
                that = next((s for s in sentence.children(clause, "nsubj", "nsubj:pass") if s.lower == "that"
                             and s.index == sentence.subtree(addressee, exclude=[clause])[-1].index + 1), None)
                if that is not None and clause.index > that.index:
                    fixes[clause.index] = (saying.index, "ccomp")
                    fixes[that.index] = (clause.index, that.deprel, "PronType=Dem", "PRON")
    return fixes


def _reports_subject_with_a_participle_read_as_the_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"they warned anyone caught looting empty homes would be charged": *anyone* read as
    the object of *warned*, *caught* as its complement and *charged* as the report of
    *caught*.  A participle on an indefinite pronoun describes it ("anyone caught"); the
    subjectless clause with an auxiliary after it is the report, the pronoun its subject."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        if sentence.children(saying, "ccomp"):
            continue
        for pronoun in sentence.children(saying, "obj", "iobj"):
            participle = next((x for x in sentence.children(saying, "xcomp") if x.index == pronoun.index + 1
                               and x.feat("VerbForm") == "Part"), None)
            if pronoun.upos != "PRON" or pronoun.lower not in INDEFINITE_PEOPLE or participle is None:
                continue
            report = next((c for c in sentence.children(participle, "ccomp") if c.index > participle.index
                           and sentence.children(c, "aux") and not _has_subject(sentence, c)), None)
            if report is None:
                continue
            fixes[report.index] = (saying.index, "ccomp")
            fixes[pronoun.index] = (report.index, "nsubj:pass" if sentence.children(report, "aux:pass") else "nsubj")
            fixes[participle.index] = (pronoun.index, "acl")
    return fixes


def _subject_of_an_absolute_with_clause_read_as_oblique(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """", with its leader telling thousands of supporters that ...": *its leader* read
    as an oblique of *telling*, so that the clause takes the main clause's subject.  A
    noun phrase after *with* that ends right before an *-ing* verb hung on it is that
    verb's subject; *with* introduces the clause."""
    fixes = {}
    for verb in sentence.words:
        if verb.upos != "VERB" or not verb.is_ing_form or _has_subject(sentence, verb):
            continue
        for noun in sentence.children(verb, "obl"):
            with_ = next((c for c in sentence.children(noun, "case") if c.lower == "with"), None)
            phrase = [w for w in sentence.subtree(noun) if w.upos != "PUNCT"]
            if with_ is not None and noun.index < verb.index and phrase[0].index == with_.index \
                    and phrase[-1].index == verb.index - 1:
                fixes[noun.index] = (verb.index, "nsubj")
                fixes[with_.index] = (verb.index, "mark", "_", "SCONJ")
    return fixes


def _absolute_with_clause_of_saying_read_as_the_main_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"More than 4,000 people have been told to leave ..., with authorities warning
    conditions will worsen.": *warning* tagged as a noun and the report made the main
    clause.  After *with* and a noun, an *-ing* form of a verb of saying before a clause
    with its own subject is an absolute clause of saying: the noun its subject, the
    clause its report, the whole an adverbial of the clause before the comma."""
    words = sentence.words
    root = sentence.root()
    for with_ in words[1:-4]:
        noun, saying = words[with_.index + 1], words[with_.index + 2]
        if with_.lower != "with" or words[with_.index - 1].text != "," or noun.upos not in NOMINAL_HEADS \
                or saying.upos != "NOUN" or not saying.is_ing_form \
                or lexicon.verb_forms.get(saying.lower) not in lexicon.cue_verbs:
            continue
        report = sentence.head_of(words[saying.index + 1]) if saying.index + 1 < len(words) else None
        if report is None or root is None or report.index != root.index or report.upos != "VERB" \
                or not _has_subject(sentence, report):
            continue
        # the clause before the comma: its verb with a subject of its own, hung on the report
        main = next((c for c in sentence.children(report) if c.index < with_.index and c.upos == "VERB"
                     and _has_subject(sentence, c)), None)
        if main is None:
            continue
        fixes = {main.index: (-1, "root"),
                 saying.index: (main.index, "advcl", "VerbForm=Ger", "VERB", lexicon.verb_forms[saying.lower]),
                 noun.index: (saying.index, "nsubj"), with_.index: (saying.index, "mark", "_", "SCONJ"),
                 report.index: (saying.index, "ccomp"), words[with_.index - 1].index: (saying.index, "punct")}
        # (what hung on the report before *with* belongs to the main clause)
        fixes.update({c.index: (main.index, c.deprel) for c in sentence.children(report)
                      if c.index < with_.index and c.index != main.index})
        fixes.update({c.index: (saying.index, c.deprel) for c in sentence.children(noun) if c.index > noun.index})
        return fixes
    return {}


def _report_hung_on_a_noun_in_the_verbs_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said in remarks to the council before the vote that the shortfall would “come
    roaring back”": the *that* clause hung on *vote*.  A verb of saying with no report of
    its own takes the *that* clause, with its own subject, that the parser hung on a noun
    inside the verb's adjunct; a noun that is no word for speech takes no such clause."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        if sentence.children(saying, "ccomp", "xcomp"):
            continue
        adjuncts = {w.index for o in sentence.children(saying, "obl") if o.index > saying.index
                    for w in sentence.subtree(o)}
        clause = next((c for c in sentence.words if c.deprel == "acl" and c.head in adjuncts
                       and c.upos in ("VERB", "AUX") and _has_subject(sentence, c)
                       and sentence.words[c.head].lemma not in lexicon.cue_nouns
                       and any(m.lower == "that" and m.index == sentence.subtree(c)[0].index
                               for m in sentence.children(c, "mark"))), None)
        if clause is not None:
            fixes[clause.index] = (saying.index, "ccomp")
    return fixes


def _second_verb_of_saying_read_as_a_conjunct_of_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"It recommends that all seven papers be retracted and urges the medical school to
    audit ...": *urges* read as a second verb of the report, and *It* as an expletive.
    A verb of saying in the very form of the one that governs the report (*recommends*,
    *urges*), joined to a report whose verb is not finite, is the speaker's second act
    of saying; *it* before a verb of saying is its subject."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(saying, "ccomp"):
            # (a mandative subjunctive, "that all seven papers be retracted", has no finite form)
            if report.index < saying.index or report.feat("VerbForm") == "Fin" or any(
                    a.feat("VerbForm") == "Fin" for a in sentence.children(report, "aux", "aux:pass", "cop")):
                continue
            for verb in sentence.children(report, "conj"):
                if verb.lemma in lexicon.cue_verbs and verb.upos == "VERB" and not _has_subject(sentence, verb) \
                        and verb.feats == saying.feats and saying.feat("VerbForm") == "Fin":
                    fixes[verb.index] = (saying.index, "conj")
        fixes.update({e.index: (saying.index, "nsubj") for e in sentence.children(saying, "expl")
                      if e.lower == "it" and e.index < saying.index and fixes})
    return fixes


def _comment_with_a_contact_relative_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"added that her model assumed Halvern would recycle 80 percent of its cooling water,
    a rate the company has promised but never demonstrated": *promised* read as a second
    report of *added*, with *rate* and *company* both its subjects.  A clause takes one
    subject: a noun with *a* after the comma that closes the report, before the clause's
    real subject, is the writer's comment on the report's last noun, and the clause a
    relative clause on it with no relative word."""
    fixes = {}
    words = sentence.words
    for saying in _verbs_of_saying(sentence, lexicon):
        reports = [c for c in sentence.children(saying, "ccomp") if c.index > saying.index]
        for first, second in zip(reports, reports[1:]):
            subjects = sorted(sentence.children(second, "nsubj"), key=lambda s: s.index)
            if len(subjects) != 2:
                continue
            comment, subject = subjects
            start = sentence.phrase_start(comment).index
            if words[start - 1].text != "," \
                    or not any(d.lower in ("a", "an") for d in sentence.children(comment, "det")) \
                    or comment.upos != "NOUN" or sentence.phrase_start(subject).index != comment.index + 1:
                continue
            inside = {w.index for w in sentence.subtree(first)}
            host = next((w for w in reversed(words[:start - 1]) if w.index in inside and w.upos in NOMINAL_HEADS), None)
            if host is None:
                continue
            fixes.update({comment.index: (host.index, "appos"), second.index: (comment.index, "acl:relcl"),
                          words[start - 1].index: (comment.index, "punct")})
    return fixes


def _report_continued_by_a_conjunct_of_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said one of its researchers had fabricated or falsified data", "said the towns
    filed in Federal Court on Monday and would seek an injunction", "said it would
    monitor the recount but had no role in running it", "said her property had been
    spared in 2019 but she did not expect to be lucky twice": the second conjunct hung
    on the verb of saying.  A conjunct right after the report (only the report's words
    between), itself no verb of saying, continues the report when its form says so:

    - it shares the report's auxiliary (*had fabricated or falsified*);
    - it has a modal (*and would seek*): a past verb of saying backshifts its report,
      and the speaker's own next act would be told in the past;
    - it is a bare participle (*"sound but badly explained"*), which a finite verb of
      saying cannot be coordinated with;
    - it is a plain *had*/*was* after a modal report (*would monitor ... but had no role*);
    - it has a pronoun subject and a past verb, joined with no comma;
    - it is a predicate with a past copula after a report with an auxiliary (*had called
      ... and was “deeply sorry”*)."""
    fixes = {}
    words = sentence.words
    for saying in _verbs_of_saying(sentence, lexicon):
        report = next((r for r in sentence.children(saying, "ccomp") if r.index > saying.index), None)
        if report is None or saying.feat("Tense") != "Past" and saying.feat("VerbForm") != "Ger":
            continue
        inside = {w.index for w in sentence.subtree(report)}
        report_auxiliaries = {a.lower for a in sentence.children(report, "aux", "aux:pass")}
        for verb in sentence.children(saying, "conj"):
            cc = next(iter(sentence.children(verb, "cc")), None)
            copula = next(iter(sentence.children(verb, "cop")), None)
            if verb.index < report.index or verb.upos not in ("VERB", "AUX") and copula is None or cc is None \
                    or cc.lower not in ("and", "or", "but") \
                    or any(w.index not in inside for w in words[report.index + 1:cc.index] if w.text != ","):
                continue
            auxiliaries = {a.lower for a in sentence.children(verb, "aux", "aux:pass")}
            subjects = [s for s in sentence.children(verb, *SUBJECTS)]
            comma = words[cc.index - 1].text == ","
            past = verb.feat("Tense") == "Past" or any(
                a.feat("Tense") == "Past" for a in sentence.children(verb, "aux", "aux:pass"))
            opened = sum(w.text in QUOTE_MARKS and w.base_deprel != "case"
                         for w in words[sentence.subtree(report)[0].index:cc.index])
            if opened % 2:
                # (inside a quotation opened in the report: "was “sound but badly explained”")
                continues = True
            elif verb.lemma in lexicon.cue_verbs \
                    and not (auxiliaries & MODALS and not sentence.children(verb, "ccomp")):
                # a verb of saying is the speaker's second saying ("acknowledged the inspection
                # had not been done and conceded that ..."), unless it is reported in its turn
                # ("said it was working closely with Altira and would not comment further")
                continues = False
            elif copula is not None and not subjects:
                # (a predicate with a past copula after a backshifted report: "said he had
                # called several passengers and was “deeply sorry”")
                continues = copula.feat("Tense") == "Past" and bool(report_auxiliaries)
            elif subjects:
                continues = len(subjects) == 1 and subjects[0].upos == "PRON" \
                    and subjects[0].feat("PronType") == "Prs" \
                    and past and not comma and cc.lower in ("and", "but")
            elif auxiliaries & MODALS:
                continues = not sentence.children(saying, "aux")
            elif auxiliaries:
                continues = False
            elif verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past":
                # (shared with the report's auxiliary, or none at all)
                continues = not comma and (bool(report_auxiliaries) or not sentence.children(saying, "aux"))
            else:
                continues = verb.lemma in ("have", "be") and verb.feat("Tense") == "Past" \
                    and bool(report_auxiliaries & MODALS)
            if continues:
                fixes[verb.index] = (report.index, "conj")
                inside |= {w.index for w in sentence.subtree(verb)}
    return fixes


def _reports_subject_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"stressed that a negotiated deal remained “by far the better outcome”": *deal*
    read as the report and *remained* as a participle on it, with the report's *that*.
    A complementiser before the noun marks the clause: its verb is the report, the
    noun its subject."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        for noun in sentence.children(saying, "ccomp"):
            if noun.upos not in NOMINAL_HEADS or noun.index < saying.index:
                continue
            verb = next((c for c in sentence.children(noun, "acl") if c.upos == "VERB" and c.index > noun.index
                         and any(m.lower == "that" and m.index < noun.index for m in sentence.children(c, "mark"))),
                        None)
            if verb is None or sentence.children(verb, *SUBJECTS):
                continue
            fixes[verb.index] = (saying.index, "ccomp", _as_finite(verb.feats))
            fixes[noun.index] = (verb.index, "nsubj")
    return fixes


def _capitalised_title_word_read_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Opening the debate, Housing Minister Alison Treharne told MPs ...": *Housing*
    read as a participle with *Minister* its object, and *told* left with no subject.
    A capitalised verb form inside the sentence right before a capitalised role word
    is part of the title; the title and the name after it, ending right before a
    subjectless verb of saying, are its subject."""
    fixes = {}
    for word in sentence.words[1:-2]:
        role = sentence.words[word.index + 1]
        if word.upos != "VERB" or not word.text[:1].isupper() or role.head != word.index \
                or not role.text[:1].isupper() or role.lower not in lexicon.title_heads \
                or sentence.words[word.index - 1].upos not in ("PUNCT", "DET") or sentence.children(word, "aux"):
            continue
        last = sentence.subtree(role)[-1]
        saying = sentence.words[last.index + 1] if last.index + 1 < len(sentence.words) else None
        if saying is None or saying.upos != "VERB" or saying.lemma not in lexicon.cue_verbs \
                or _has_subject(sentence, saying):
            continue
        fixes[word.index] = (role.index, "compound", "_", "NOUN")
        fixes[role.index] = (saying.index, "nsubj")
        fixes.update({c.index: (role.index, c.deprel) for c in sentence.children(word) if c.index != role.index})
    return fixes


def _opening_rank_read_as_a_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Acting Detective Inspector Nadia Hurst, who led the investigation, said ...":
    *Acting* read as a participle whose objects are the title and the name, and *said*
    left with no subject.  A capitalised *-ing* form opening the sentence, whose
    objects are capitalised words up to a name, is part of the title: the name is the
    subject of the verb of saying the participle was hung on."""
    fixes = {}
    start = _after_opening_punctuation(sentence)
    word = sentence.words[start] if start < len(sentence.words) else None
    saying = sentence.head_of(word) if word is not None else None
    if word is None or saying is None or word.upos != "VERB" or not word.is_ing_form \
            or not word.text[:1].isupper() or word.base_deprel != "advcl" or saying.upos != "VERB" \
            or saying.lemma not in lexicon.cue_verbs or _has_subject(sentence, saying):
        return fixes
    objects = sentence.children(word, "obj")
    name = objects[-1] if objects else None
    if name is not None and name.lower in lexicon.title_heads:
        # ("Acting Mayor Ruth Bell": the name hung on the role word as its flat part)
        given = next((c for c in sentence.children(name, "flat") if c.upos == "PROPN"
                      and c.lower not in lexicon.title_heads), None)
        if given is not None:
            fixes[name.index] = (given.index, "compound")
            fixes.update({c.index: (given.index, c.deprel) for c in sentence.children(given)})
            objects, name = objects + [given], given
    if name is None or name.upos != "PROPN" or name.lower in lexicon.title_heads \
            or not all(w.text[:1].isupper() for o in objects for w in sentence.subtree(o)
                       if w.upos not in ("PUNCT", "PRON", "VERB", "DET", "NOUN") or w.index < name.index) \
            or sentence.subtree(objects[0])[0].index != word.index + 1:
        return {}
    fixes[name.index] = (saying.index, "nsubj")
    fixes[word.index] = (name.index, "amod", "_", "ADJ")
    fixes.update({o.index: (name.index, "compound") for o in objects[:-1]})
    fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(word) if c.base_deprel == "punct"})
    return fixes


def _apposition_read_as_a_second_adjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The verdict comes from Dr. Anika Brandt, deputy head of the ... unit":
    *head* hung on *comes* as a second oblique, beside the name (or on *message*, as a
    second modifier: "That was the message from Abena Tenkorang, an elder of ...").  A
    role word with no preposition of its own, set off by a comma right after a name
    that is an oblique or modifier of the same word, describes the name: its apposition."""
    fixes = {}
    for role in sentence.words[2:]:
        # (or as an apposition of that word: "That was the verdict of Tomasz Reyes, a former
        # penetration tester at Halvard Bank")
        # (or any description with *a*: "The question came from Callum Fraser, a 19-year-old
        # nursing student", *student* a second oblique)
        described = role.deprel in ("appos", "obl", "nmod") \
            and any(d.lower in ("a", "an") for d in sentence.children(role, "det"))
        if role.upos != "NOUN" or not (role.lower in lexicon.title_heads and role.deprel in ("obl", "nmod")
                                       or described) or sentence.children(role, "case"):
            continue
        # (the role's own modifiers come before it: "deputy head")
        start = min([role.index] + [c.index for c in sentence.children(role)
                                    if c.index < role.index and c.upos != "PUNCT"])
        if start < 2 or sentence.words[start - 1].text != ",":
            continue
        name = next((w for w in sentence.words if w.head == role.head and w.upos == "PROPN"
                     and (w.base_deprel == role.deprel or described and w.base_deprel in ("nmod", "obl"))
                     and _name_end(sentence, w).index == start - 2
                     and any(sentence.children(part, "case") for part in sentence.words[w.index:start - 1])), None)
        if name is not None:
            fixes[role.index] = (name.index, "appos")
    return fixes


def _name_end(sentence: Sentence, name: Word) -> Word:
    """The last word of the name that ``name`` heads or opens (the parser may not have
    joined a surname to it yet: "Abena Tenkorang")."""
    end = sentence.subtree(name)[-1]
    while end.index + 1 < len(sentence.words) and sentence.words[end.index + 1].upos == "PROPN":
        end = sentence.words[end.index + 1]
    return end


def _fronted_description_read_as_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A former school librarian, she took up running at 52": *librarian* made
    the subject and *she* its apposition.  A personal pronoun is no apposition
    of a noun before it: the pronoun is the subject, and the noun phrase that
    opens the sentence describes it."""
    fixes = {}
    for pronoun in sentence.words:
        noun = sentence.head_of(pronoun) if pronoun.base_deprel == "appos" and pronoun.upos == "PRON" \
            and lexicon.pronoun_class(pronoun.text) in ("male", "female", "plural") else None
        if noun is None or noun.upos != "NOUN" or noun.base_deprel != "nsubj" \
                or sentence.phrase_start(noun).index != _after_opening_punctuation(sentence) \
                or sentence.words[pronoun.index - 1].text != "," or sentence.children(pronoun):
            continue
        fixes[pronoun.index] = (noun.head, noun.deprel)
        fixes[noun.index] = (pronoun.index, "appos")
    return fixes


def _fronted_description_with_a_relative_clause_read_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A barber whose shop has stood there for 22 years, Dwayne Hollis said ...":
    *barber* read as an oblique of *said* and its relative clause as a second report.
    An indefinite description of a person that opens the sentence and ends at the comma
    before the subject describes the subject, relative clause and all."""
    fixes = {}
    roles = lexicon.title_heads | lexicon.occupation_epithets | lexicon.person_nouns
    for verb in sentence.words:
        subject = next((c for c in sentence.children(verb, "nsubj") if c.upos in ("PROPN", "PRON")
                        and c.index < verb.index), None)
        if subject is None or sentence.words[sentence.phrase_start(subject).index - 1].text != ",":
            continue
        noun = next((c for c in sentence.children(verb, "obl", "dep", "nsubj", "obj")
                     if c.index < subject.index and c.upos == "NOUN" and c.lower in roles
                     and sentence.phrase_start(c).index == _after_opening_punctuation(sentence)
                     and any(d.lower in ("a", "an") for d in sentence.children(c, "det"))
                     and not sentence.children(c, "case")), None)
        if noun is None:
            continue
        # the relative clause, hung on the verb between the description and the subject
        relatives = [c for c in sentence.children(verb) if noun.index < c.index < subject.index
                     and c.upos in ("VERB", "AUX", "ADJ", "NOUN")
                     and any(w.lower in ("who", "whose", "whom") for w in sentence.subtree(c)[:3])]
        if len(relatives) > 1:
            continue
        fixes[noun.index] = (subject.index, "appos")
        fixes.update({c.index: (noun.index, "acl:relcl") for c in relatives})
    # (or the description is the subject and the name hangs inside its relative clause: "A
    # former projectionist who spent two decades programming screenings, Tomasz Reyne, the
    # festival’s artistic director, told ...")
    def personal(noun: Word) -> bool:
        # (a noun for a person: a role, or one a "who" clause describes)
        return noun.lower in roles or any(w.lower == "who" for r in sentence.children(noun, "acl:relcl")
                                          for w in sentence.children(r, "nsubj"))

    for verb in sentence.words:
        noun = next((c for c in sentence.children(verb, "nsubj") if c.upos == "NOUN" and personal(c)
                     and sentence.phrase_start(c).index == _after_opening_punctuation(sentence)
                     and any(d.lower in ("a", "an") for d in sentence.children(c, "det"))), None)
        if noun is None or verb.index == 0 or sentence.words[verb.index - 1].text != ",":
            continue
        relative = [c for c in sentence.children(noun, "acl:relcl") if c.index > noun.index]
        # (or as a conjunct of its last noun: "A dairy farmer who left 200 cows behind,
        # Leanne Hutchings, 34, said", *behind* taken for the name's preposition)
        def set_off(name: Word) -> bool:
            start = min(w.index for w in sentence.subtree(name, exclude=sentence.children(name, "case", "punct")))
            return sentence.words[start - 1].text == ","

        name = next((w for r in relative for w in sentence.subtree(r) if w.upos == "PROPN"
                     and (w.base_deprel == "appos" or w.base_deprel == "conj" and not sentence.children(w, "cc"))
                     and set_off(w) and w.lower not in lexicon.title_heads), None)
        if name is None:
            continue
        fixes[name.index] = (verb.index, "nsubj")
        fixes[noun.index] = (name.index, "appos")
        fixes.update({c.index: (relative[0].index, "compound:prt", c.feats, "ADV")
                      for c in sentence.children(name, "case") if c.index < name.index})
        fixes.update({a.index: (name.index, "appos") for a in sentence.children(sentence.head_of(name), "appos")
                      if a.index > name.index})
    return fixes


def _name_after_an_office_read_as_its_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Minister for Health Ciarán Mulvanny described ...": *Ciarán Mulvanny* read as
    part of the office's complement (*for Health Ciarán*).  An office named before a
    person runs up to the person's name, and a given name and surname end the run: the
    last two capitalised words are the name, what is before them the office."""
    fixes = {}
    for role in sentence.words:
        if role.lower not in lexicon.title_heads or not role.text[:1].isupper():
            continue
        complement = next((c for c in sentence.children(role, "nmod") if c.upos == "PROPN"
                           and sentence.subtree(c)[0].lower in ("for", "of")), None)
        if complement is None:
            continue
        # (what is set off after the name describes the person: "Leader of the Opposition
        # Abhijit Sarkhel, 58, who led ...")
        aside = sentence.children(complement, "appos", "acl:relcl", "punct")
        role_aside = [c for c in sentence.children(role, "appos", "acl:relcl", "punct") if c.index > complement.index]
        preposition, *words = sentence.subtree(complement, exclude=aside)
        # (an office may take its article: "of the Opposition")
        article = words[:1] if words and words[0].lower == "the" else []
        words = words[len(article):]
        if len(words) < 3 or words[-1].index - words[0].index != len(words) - 1 \
                or not all(w.upos == "PROPN" and w.text[:1].isupper() for w in words) \
                or any(w.lower in lexicon.title_heads for w in words[-2:]) \
                or sentence.subtree(role, exclude=aside + role_aside)[-1].index != words[-1].index:
            continue
        office, (given, surname) = words[:-2], words[-2:]
        fixes[given.index] = (role.head, role.deprel)
        fixes[surname.index] = (given.index, "flat")
        fixes[role.index] = (given.index, "compound")
        fixes[office[-1].index] = (role.index, "nmod")
        fixes.update({w.index: (office[-1].index, "compound") for w in office[:-1]})
        fixes.update({w.index: (office[-1].index, "det") for w in article})
        fixes[preposition.index] = (office[-1].index, "case")
        fixes.update({a.index: (given.index, a.deprel) for a in aside + role_aside})
        fixes.update({c.index: (given.index, c.deprel) for c in sentence.children(role)
                      if c.base_deprel not in ("nmod", "case") and c.index < role.index})
    return fixes


def _name_in_apposition_hung_past_the_person(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Those were the words of Kieran’s mother, Denise Dunleavy, 51": *Denise
    Dunleavy* hung on *words*.  A name set off by a comma right after a noun for a
    person names that person, not the thing further up the phrase."""
    fixes = {}
    people = lexicon.title_heads | lexicon.occupation_epithets | lexicon.person_nouns | lexicon.relation_nouns
    for name in sentence.words:
        head = sentence.head_of(name)
        if name.upos != "PROPN" or name.base_deprel != "appos" or head is None or head.lower in people \
                or not sentence.after_comma(name):
            continue
        comma = sentence.phrase_start(name).index - 1
        person = sentence.words[comma - 1] if comma > 0 else None
        if person is None or person.upos != "NOUN" or person.lower not in people or person.index == head.index \
                or not any(a.index == head.index for a in sentence.ancestors(person)):
            continue
        fixes[name.index] = (person.index, "appos")
    return fixes


def _after_opening_punctuation(sentence: Sentence) -> int:
    return next((w.index for w in sentence.words if w.upos != "PUNCT"), 0)


def _quotation_mark_read_as_a_word(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"... ‘from the television, like everybody else’.": the closing mark read as
    a verb ("’s") with *everybody* its subject, and made a second complement of
    *said*.  A quotation mark is punctuation: what hangs on it belongs to the
    phrase before the mark, the mark to the word that phrase hangs on."""
    fixes = {}
    for mark in sentence.words[1:]:
        # (not the apostrophe of a plural possessive: "the Landlords’ Association", a particle)
        if mark.text not in QUOTE_MARKS or mark.upos not in ("VERB", "AUX", "NOUN"):
            continue
        if mark.upos == "NOUN":
            # "the vote was ‘a clear endorsement’ of ...": the mark read as the head noun,
            # the noun before it as its modifier; that noun heads the phrase
            noun = next((c for c in reversed(sentence.children(mark)) if c.index < mark.index
                         and c.upos in NOMINAL_HEADS), None)
            if noun is None:
                # (or adjectives only, the first heading them: "described the strike as
                # ‘regrettable and avoidable’")
                adjectives = [c for c in sentence.children(mark) if c.index < mark.index and c.upos == "ADJ"]
                if not adjectives:
                    continue
                first, *others = adjectives
                named = sentence.head_of(mark)
                if mark.base_deprel == "conj" and named is not None and named.base_deprel == "obj":
                    # (a complement of the object, hung on the verb: "called the strike ‘regrettable’")
                    fixes[first.index] = (named.head, "xcomp")
                else:
                    fixes[first.index] = (mark.head, mark.deprel)
                fixes.update({c.index: (first.index, "conj" if c in others else c.deprel)
                              for c in sentence.children(mark) if c.index != first.index})
                fixes[mark.index] = (first.index, "punct", "", "PUNCT", mark.text)
                continue
            fixes[noun.index] = (mark.head, mark.deprel)
            fixes.update({c.index: (noun.index, c.deprel) for c in sentence.children(mark) if c.index != noun.index})
            fixes[mark.index] = (noun.index, "punct", "", "PUNCT", mark.text)
            continue
        inside = {w.index for w in sentence.subtree(mark)}
        before = next((w for w in reversed(sentence.words[:mark.index]) if w.upos != "PUNCT"
                       and w.index not in inside and w.index != mark.head), None)
        host = sentence.head_of(before) if before is not None else None
        if host is None or host.index == mark.index:
            continue
        fixes[mark.index] = (host.index, "punct", "", "PUNCT", mark.text)
        fixes.update({c.index: (host.index, "obl" if c.upos in NOMINAL_HEADS + ("PRON",) else c.deprel)
                      for c in sentence.children(mark)})
    return fixes


def _speaker_hung_inside_the_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“Today we proved it,” Helion’s co-founder, Dr Katrin Vogel, told
    reporters": *co-founder* attached inside the quote, as the object of *proved*,
    and the name as the verb's subject.  A quotation is closed: a noun phrase
    after its closing mark, right before the name set off by commas, is the
    subject, and the name its apposition."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        start = sentence.phrase_start(subject).index
        if start < 3 or sentence.words[start - 1].text != "," or not _ends_before(sentence, subject, verb):
            continue
        close = next((w for w in reversed(sentence.words[:start - 1]) if w.text in CLOSING_QUOTES), None)
        if close is None or sentence.words[close.index - 1].text not in (",", "?", "!"):
            continue
        described = [w for w in sentence.words[close.index + 1:start - 1]
                     if w.upos in NOMINAL_HEADS and w.head < close.index]
        # the phrase fills the gap: it opens right after the closing mark, with no
        # preposition ("…,” at its plant in Harwood after inspectors found …, the company")
        if len(described) == 1 and sentence.phrase_start(described[0]).index == close.index + 1 \
                and not sentence.children(described[0], "case"):
            fixes[described[0].index] = (verb.index, "nsubj")
            fixes[subject.index] = (described[0].index, "appos")
    return fixes


def _report_verb_read_as_a_modifier_of_its_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the extension bought time but not peace": *bought* read as an adjective on
    *time* and the report as one noun phrase, the object of *said*.  A verb that takes
    only a clause has no noun for object: a past form right after that noun is the
    report's verb, the noun its subject, and the noun after the verb its object."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.clause_only_verbs or sentence.children(verb, "ccomp"):
            continue
        for noun in sentence.children(verb, "obj"):
            past = sentence.words[noun.index + 1] if noun.index + 1 < len(sentence.words) else None
            obj = sentence.head_of(past) if past is not None else None
            if past is None or past.upos != "VERB" or past.base_deprel != "amod" or past.feat("Tense") != "Past" \
                    or obj is None or obj.index <= past.index or obj.upos not in NOMINAL_HEADS \
                    or sentence.head_of(obj) is not noun and obj.head != noun.index:
                continue
            fixes[past.index] = (verb.index, "ccomp", _as_finite(past.feats))
            fixes[noun.index] = (past.index, "nsubj")
            fixes[obj.index] = (past.index, "obj")
    return fixes


def _addressee_read_as_subject_after_a_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“This is a truce, not a treaty,” Tano, who has advised both governments, told
    Northline Press": *Tano* hung inside the quote and *Northline Press* read as the
    subject of *told*.  *Tell* does not invert its subject: the one it tells comes
    after it, and the name right after the quote's closing mark is the speaker (with
    what describes it up to the verb)."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        after = next((s for s in sentence.children(verb, "nsubj") if s.index > verb.index), None)
        if verb.lemma not in lexicon.addressee_verbs or after is None \
                or any(s.index < verb.index for s in sentence.children(verb, *SUBJECTS)):
            continue
        close = next((w for w in reversed(sentence.words[:verb.index]) if w.text in CLOSING_QUOTES), None)
        name = sentence.words[close.index + 1] if close is not None and close.index + 1 < verb.index else None
        if name is None or name.upos != "PROPN" or sentence.words[close.index - 1].text not in (",", "?", "!") \
                or name.head > close.index:
            continue
        fixes[name.index] = (verb.index, "nsubj")
        fixes[after.index] = (verb.index, "iobj")
        for word in sentence.words[name.index + 1:verb.index]:
            if word.head < close.index and word.deprel in ("acl:relcl", "appos", "acl") and word.upos != "PUNCT":
                fixes[word.index] = (name.index, word.deprel)
    return fixes


def _inverted_speaker_hung_inside_the_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"‘Because they will still make a profit,’ replied Cllr Anand.": *Anand* read as a
    conjunct of *profit*, inside the quote.  A quotation is closed: the name that
    follows the verb of saying right after the closing mark, up to the sentence's end,
    is the verb's inverted subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.index < 2 or sentence.words[verb.index - 1].text not in CLOSING_QUOTES \
                or _has_subject(sentence, verb) or sentence.children(verb, "obj"):
            continue
        rest = [w for w in sentence.words[verb.index + 1:] if w.upos != "PUNCT"]
        heads = [w for w in rest if w.head < verb.index]
        if rest and len(heads) == 1 and heads[0].upos == "PROPN" and all(w.upos == "PROPN" for w in rest) \
                and sentence.phrase_start(heads[0]).index == verb.index + 1:
            fixes[heads[0].index] = (verb.index, "nsubj")
    return fixes


def _speaker_hung_on_the_quote(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"“... They were a choice,” Marcus Bell, president of UPW Local 12, told a
    vigil": *Marcus* attached to the quote's predicate as an apposition, the verb
    left without a subject.  A quotation is closed: the noun phrase that opens
    right after its closing mark and runs up to a subjectless verb of saying is
    that verb's subject."""
    for verb in _verbs_of_saying(sentence, lexicon):
        # (a subject inside the quotation is the quoted clause's: "“There was no gunman, no
        # weapon ...,” Sgt. Dana Hargrove ... told reporters", *weapon* its subject)
        last_close = next((w for w in reversed(sentence.words[:verb.index]) if w.text in CLOSING_QUOTES), None)
        quoted_subjects = [s for s in sentence.children(verb, *SUBJECTS)
                           if last_close is not None and s.index < last_close.index]
        if _has_subject(sentence, verb) and len(quoted_subjects) != len(sentence.children(verb, *SUBJECTS)):
            continue
        # (the last closing mark may close a title inside the speaker's description:
        # "…,” Quayle, author of the book “The Patient Sky,” told")
        for close in reversed(sentence.words[:verb.index]):
            fixes = _speaker_after_closing_mark(sentence, verb, close) if close.text in CLOSING_QUOTES else None
            if fixes:
                for subject in quoted_subjects:
                    fixes.update(_back_into_the_quote(sentence, subject, close))
                return fixes
    return {}


def _back_into_the_quote(sentence: Sentence, subject: Word, close: Word) -> Fixes:
    """A quoted subject hung on the verb of saying, given back to the quoted clause: as a
    conjunct of that clause's subject ("no gunman, no weapon"), or as its subject."""
    clause = next((w for w in sentence.words[:close.index] if w.head < 0 or w.head > close.index), None)
    if clause is None:
        return {}
    first = next((s for s in sentence.children(clause, *SUBJECTS) if s.index < subject.index), None)
    return {subject.index: (first.index, "conj")} if first is not None else {subject.index: (clause.index, "nsubj")}


def _speaker_after_closing_mark(sentence: Sentence, verb: Word, close: Word) -> Fixes | None:
    """The fixes that make the noun phrase after ``close`` the subject of ``verb``."""
    if close.index == 0 or sentence.words[close.index - 1].text not in (",", "?", "!"):
        return None
    noun = sentence.words[close.index + 1]
    while noun.head > close.index and noun.head < verb.index:
        noun = sentence.words[noun.head]
    if noun.upos not in NOMINAL_HEADS or noun.head >= close.index \
            or sentence.phrase_start(noun).index != close.index + 1:
        return None
    fixes = {noun.index: (verb.index, "nsubj")}
    # (a role right before the name is its title: "…,” Brindle manager Owen Trask, 51,
    # told reporters", the name hung inside the quote)
    following = sentence.words[sentence.subtree(noun)[-1].index + 1]
    if noun.upos == "NOUN" and following.upos == "PROPN" and following.index < verb.index:
        name = following
        while name.head > name.index and name.head < verb.index and sentence.words[name.head].upos == "PROPN":
            name = sentence.words[name.head]
        if name.head < close.index:
            fixes = {name.index: (verb.index, "nsubj"), noun.index: (name.index, "compound")}
            noun = name
    # its description set off by commas may hang inside the quote too ("…,” Marcus
    # Bell, president of the union, told"): it describes the speaker
    rest = [w for w in sentence.words[sentence.subtree(noun)[-1].index + 1:verb.index] if w.upos != "PUNCT"]
    for word in rest:
        # (or an age: "…,” Brindle manager Owen Trask, 51, told")
        if word.head < close.index and (word.upos in NOMINAL_HEADS or word.upos == "NUM") \
                and sentence.after_comma(word):
            fixes[word.index] = (noun.index, "appos")
    covered = {w.index for f in fixes for w in sentence.subtree(sentence.words[f])}
    return fixes if all(w.index in covered for w in rest) else None


def _noun_taken_for_the_object_of_an_aside(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for participle in sentence.words:
        modifier = sentence.head_of(participle)
        if participle.base_deprel != "acl" or participle.upos != "VERB" or modifier is None \
                or participle.feat("VerbForm") not in ("Part", "Ger") or participle.index < 3:
            continue
        comma, noun = sentence.words[participle.index - 1], sentence.words[participle.index - 2]
        # "A government whip, speaking privately, said": *whip* (even tagged a pronoun) read as
        # the object of *speaking*, *government* as the subject.  An object does not come
        # before its verb across a comma: the word is the noun the aside describes, the head
        # of the phrase the word before it modifies
        if comma.text == "," and noun.head == participle.index and noun.base_deprel == "obj" \
                and modifier.index == noun.index - 1 and modifier.upos in NOMINAL_HEADS \
                and lexicon.pronoun_class(noun.text) is None:
            return {**_leading_dependents(sentence, modifier, noun),
                    noun.index: (modifier.head, modifier.deprel, "Number=Sing", "NOUN"),
                    modifier.index: (noun.index, "compound"), participle.index: (noun.index, "acl")}
    return {}


def _object_before_its_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for word in sentence.words:
        verb = sentence.head_of(word)
        if word.base_deprel == "obj" and word.upos in NOMINAL_HEADS and verb is not None \
                and word.index < verb.index and verb.upos == "VERB" and is_finite(sentence, verb) \
                and not _has_subject(sentence, verb) \
                and any(o.index > verb.index for o in sentence.children(verb, "obj")):
            fixes[word.index] = (verb.index, "nsubj")
    return fixes


def _successive_complements(sentence: Sentence, lexicon: Lexicon) -> Iterator[tuple[Word, Word, Word]]:
    """``(verb, first, second)`` for each verb of saying and each two complements
    that follow it one after the other: where parsers split one report in two."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs:
            continue
        clauses = sorted((c for c in sentence.children(verb, "ccomp") if c.index > verb.index), key=lambda w: w.index)
        for first, second in zip(clauses, clauses[1:]):
            yield verb, first, second


def _complement_split_off(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for _, first, second in _successive_complements(sentence, lexicon):
        end = sentence.subtree(first)[-1].index
        start = sentence.subtree(second)[0].index
        gap = sentence.words[end + 1:start]
        if first.upos == "VERB" and not _has_subject(sentence, second) \
                and second.upos in ("ADJ", "NOUN") and all(w.upos == "PUNCT" and w.text != "," for w in gap) \
                and not sentence.children(first, "obj", "xcomp", "ccomp"):
            fixes[second.index] = (first.index, "xcomp")
        elif first.upos == "VERB" and _has_subject(sentence, first) and _has_subject(sentence, second) \
                and not sentence.children(first, "obj", "xcomp", "ccomp") \
                and (marks := sentence.words[end + 1:sentence.phrase_start(second).index]) \
                and all(w.text in QUOTE_MARKS for w in marks):
            # "said the result showed “momentum is with us”": the quoted clause is what
            # the result showed
            fixes[second.index] = (first.index, "ccomp")
    return fixes


def _complement_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"she said, adding that the trust hoped the cub’s descendants might one day
    be released": *released* attached to *said*, *hoped* left with nothing
    hoped.  A clause right after a reported verb that takes no object or
    complement of its own completes that verb."""
    fixes = {}
    for clause in sentence.words:
        saying = sentence.head_of(clause)
        if clause.base_deprel != "ccomp" or saying is None or saying.lemma not in lexicon.cue_verbs \
                or not _has_subject(sentence, clause) or clause.index < saying.index:
            continue
        start = sentence.phrase_start(clause).index
        host = next((w for w in sentence.words if w.base_deprel == "ccomp" and w.upos == "VERB"
                     and w.index < start and w.index != clause.index and w.head != clause.index
                     and _has_subject(sentence, w) and w.lemma not in lexicon.cue_verbs
                     and not sentence.children(w, "obj", "xcomp", "ccomp")
                     and all(g.text in QUOTE_MARKS for g in sentence.words[sentence.subtree(w)[-1].index + 1:start])
                     and sentence.subtree(w)[-1].index < start), None)
        if host is not None and host.index > saying.index:
            fixes[clause.index] = (host.index, "ccomp")
    return fixes


def _name_tagged_as_modifier_word(word: Word) -> bool:
    """An unfamiliar surname the tagger took for an adverb or adjective: capitalised,
    not an acronym, not an -ly adverb opening the sentence ("Castellano", not "Finally")."""
    return word.upos in ("ADV", "ADJ", "X") and word.text[:1].isupper() and not word.text.isupper() \
        and not word.lower.endswith("ly")


def _name_tagged_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words[1:]:
        word = sentence.words[verb.index - 1]
        before = sentence.words[word.index - 1] if word.index > 0 else None
        if not (verb.lemma in lexicon.cue_verbs and verb.upos == "VERB" and word.head == verb.index
                and _name_tagged_as_modifier_word(word) and not sentence.children(word)):
            continue
        if not _has_subject(sentence, verb) and (before is None or before.upos == "PUNCT"):
            fixes[word.index] = (verb.index, "nsubj", "Number=Sing", "PROPN")
        elif before is not None and before.upos == "PROPN" and before.head == verb.index \
                and before.base_deprel == "nsubj":
            # "Memory First said": a capitalised word inside a sentence, between a
            # name and its verb, continues the name
            fixes[word.index] = (before.index, "flat", "_", "PROPN")
    return fixes


def _name_before_relative_clause_tagged_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Anselm, who first coached her as a teenager, says ...": the unfamiliar
    surname tagged as an adverb, the relative clause taken for the complement.
    A capitalised word that opens the sentence, followed by a relative clause
    set off by commas and then a subjectless verb of saying, is its subject."""
    words = sentence.words
    if len(words) < 5:
        return {}
    name, comma, pronoun = words[0], words[1], words[2]
    if not _name_tagged_as_modifier_word(name) or comma.text != "," or pronoun.lower not in RELATIVE_SUBJECTS:
        return {}
    clause = sentence.head_of(pronoun)
    if clause is None or clause.index == 0:
        return {}
    end = sentence.subtree(clause)[-1].index
    verb = words[end + 1] if end + 1 < len(words) else None
    if verb is not None and verb.text == ",":
        verb = words[end + 2] if end + 2 < len(words) else None
    if verb is None or verb.lemma not in lexicon.cue_verbs or verb.upos != "VERB" or _has_subject(sentence, verb) \
            or clause.head != verb.index and name.head != verb.index:
        return {}
    return {name.index: (verb.index, "nsubj", "Number=Sing", "PROPN"), clause.index: (name.index, "acl:relcl")}


def _gesture_read_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Veld grins and says she will ...": *Veld grins* read as a compound noun,
    the subject of the report.  In a present-tense story, a noun in -s right
    after a name and coordinated with a present verb of saying is a verb of the
    same form, and the name its subject (shared with the verb of saying); so it is
    before ", then says" ("Calloway shrugs, then says she has entered ...")."""
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.feat("Tense") != "Pres" or not verb.lower.endswith("s") or _has_subject(sentence, verb) \
                or verb.index < 3:
            continue
        link = next((n for n in (3, 2, 1) if verb.index - n - 2 >= 0
                     and [w.lower for w in sentence.words[verb.index - n:verb.index]] in GESTURE_LINKS), None)
        if link is None:
            continue
        gesture, name = (sentence.words[verb.index - link - i] for i in (1, 2))
        if gesture.upos == "NOUN" and gesture.lower.endswith("s") \
                and name.upos in ("PROPN", "NOUN") and name.text[:1].isupper() and name.head == gesture.index \
                and sentence.phrase_start(name).index == name.index \
                and gesture.base_deprel not in ("obj", "obl", "nmod"):
            # the gesture takes the verb of saying's place, unless the verb already hangs on it
            place = gesture if verb.head == gesture.index else verb
            return {gesture.index: (place.head, place.deprel, verb.feats, "VERB", gesture.lower[:-1]),
                    verb.index: (gesture.index, "conj"), name.index: (gesture.index, "nsubj", "Number=Sing", "PROPN")}
    return {}


# what joins a gesture to the verb of saying that follows it ("grins and says", "shrugs, then says")
GESTURE_LINKS = (["and"], ["then"], [",", "then"], ["and", "then"], [",", "and", "then"], [",", "and"])


def _subject_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in _verbs_of_saying(sentence, lexicon):
        complements = sorted((c for c in sentence.children(verb, "ccomp") if c.index > verb.index),
                             key=lambda c: c.index)
        for first, second in zip(complements, complements[1:]):
            # "said the nearest alternative, Ridgeview Elementary, was “a 35-minute bus ride
            # away”": the subject and the predicate read as two complements.  A noun phrase
            # with no verb, right before a subjectless copular or auxiliary predicate, is its
            # subject (and an adverb left after the predicate modifies it)
            between = sentence.words[sentence.subtree(first)[-1].index + 1:sentence.phrase_start(second).index]
            if first.upos in (*NOMINAL_HEADS, "ADJ", "PRON") and not sentence.children(first, "cop", "aux", "case") \
                    and sentence.children(second, "cop", "aux") and not _has_subject(sentence, second) \
                    and all(w.upos == "PUNCT" for w in between):
                fixes = {first.index: (second.index, "nsubj")}
                end = sentence.subtree(second)[-1].index
                for rest in complements:
                    if rest.index > second.index and rest.upos == "ADV" and sentence.phrase_start(rest).index == end + 1:
                        fixes[rest.index] = (second.index, "advmod")
                return fixes
    return {}


def _report_read_as_noun_after_the_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.addressee_verbs:
            continue
        for addressee in sentence.children(verb, "iobj", "obj"):
            noun = next((n for n in sentence.children(addressee, "nmod") if n.index > addressee.index
                         and not sentence.children(n, "case")), None)
            clause = None if noun is None else next(
                (c for c in sentence.children(noun, "acl") if c.upos == "VERB" and c.index > noun.index
                 and c.feat("Tense") == "Past" and not _has_subject(sentence, c)), None)
            if clause is None:
                continue
            # "told the board the 94-year-old building needed $11 million in repairs": the
            # reported clause's subject hung on the addressee (a noun phrase with no
            # preposition), its verb read as a participle on it
            fixes = {clause.index: (verb.index, "ccomp", _as_finite(clause.feats)), noun.index: (clause.index, "nsubj")}
            # a "that"-clause without its object, taken for the complement, is then a
            # relative clause on the noun before it ("repairs that the district cannot justify")
            for other in sentence.children(verb, "ccomp"):
                first = sentence.subtree(other)[0]
                before = sentence.words[first.index - 1]
                if other.index > clause.index and first.lower == "that" and before.upos == "NOUN" \
                        and not sentence.children(other, "obj") and other.upos == "VERB" \
                        and clause.index in {a.index for a in sentence.ancestors(before)}:
                    fixes[other.index] = (before.index, "acl:relcl")
            return fixes
    return {}


def _subject_of_a_coordinated_clause_read_as_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in sentence.words:
        if verb.upos != "VERB" or verb.base_deprel != "conj" or _has_subject(sentence, verb) \
                or sentence.children(verb, "cc"):
            continue
        # "Tempers frayed during the debate, and the deputy speaker, Sir Roger Penhale, twice
        # intervened to ask ...": *speaker* read as a conjunct of *debate*, *intervened* left
        # to share the first clause's subject.  A noun phrase after ", and" that runs into a
        # subjectless verb (past adverbs and commas) is that verb's subject, the
        # conjunction the clause's
        noun = next((n for n in sentence.words[:verb.index] if n.base_deprel == "conj"
                     and n.upos in NOMINAL_HEADS and n.head != verb.index
                     and any(c.lower in ("and", "but") for c in sentence.children(n, "cc"))
                     and all(w.upos in ("PUNCT", "ADV") for w in
                             sentence.words[sentence.subtree(n)[-1].index + 1:verb.index])), None)
        if noun is None:
            continue
        cc = next(c for c in sentence.children(noun, "cc") if c.lower in ("and", "but"))
        if cc.index < 1 or sentence.words[cc.index - 1].text != "," \
                or any(w.upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for w in sentence.words[cc.index + 1:noun.index]):
            continue
        start = cc.index + 1
        return {noun.index: (verb.index, "nsubj"), cc.index: (verb.index, "cc"),
                sentence.words[start - 2].index: (verb.index, "punct")}
    return {}


def _case_marker_on_a_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for marker in sentence.words:
        verb = sentence.head_of(marker)
        if marker.base_deprel != "case" or marker.upos != "ADP" or verb is None or verb.upos != "VERB" \
                or verb.index < marker.index + 2:
            continue
        # "Two of the injured remained in ...": *of* attached to *remained*.  A preposition
        # marks a noun phrase, never a verb: it belongs to the nominal it opens (here a
        # participle used as a noun, after its article)
        nominal = next((w for w in reversed(sentence.words[marker.index + 1:verb.index])
                        if w.upos in (*NOMINAL_HEADS, "PRON", "NUM")
                        or w.upos in ("VERB", "ADJ") and any(d.lower == "the" for d in sentence.children(w, "det"))), None)
        if nominal is not None and all(w.head != marker.index for w in sentence.words):
            fixes[marker.index] = (nominal.index, marker.deprel)
    return fixes


def _name_of_a_body_read_as_two_conjuncts(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"the Justice and Rehabilitation Committee said": *Justice* read as one source and
    *Rehabilitation Committee* as a second.  After "the", a lone capitalised word joined
    by "and" to capitalised words ending in an organization's head word is the first word
    of that one name (as in "the Food and Drug Administration"): the head word heads the
    name, the words before it modify it."""
    def capitalised(word: Word) -> bool:
        return word.upos in ("PROPN", "NOUN") and word.text[:1].isupper()

    for first in sentence.words:
        second = next((c for c in sentence.children(first, "conj") if capitalised(c)), None)
        if second is None or not capitalised(first) or not 0 < first.index < len(sentence.words) - 2 \
                or sentence.words[first.index - 1].lower != "the" \
                or sentence.words[first.index + 1].lower not in ("and", "&") \
                or first.lower in lexicon.organization_heads:
            continue
        inside = {w.index for w in sentence.subtree(first)}
        run = []
        for word in sentence.words[first.index + 2:]:
            if not capitalised(word) or word.index not in inside:
                break
            run.append(word)
        if not run or run[-1].lower not in lexicon.organization_heads \
                or any(i > run[-1].index for i in inside):
            continue
        head = run[-1]
        fixes = {head.index: (first.head, first.deprel)}
        for word in [first, *run[:-1]]:
            fixes[word.index] = (head.index, "compound")
        # ("and Drug" joins the first word: the coordinated modifiers of one name)
        fixes[run[0].index] = (first.index, "conj")
        fixes[first.index + 1] = (run[0].index, "cc")
        for child in sentence.children(first):
            if child.index not in fixes:
                fixes[child.index] = (head.index, child.deprel)
        return fixes
    # ("the Fisheries and Coastal Protection Board": each word a modifier of *Board*, *and*
    # hung on *Board* too)
    for first in sentence.words[1:-2]:
        and_, second = sentence.words[first.index + 1], sentence.words[first.index + 2]
        head = sentence.head_of(first)
        if capitalised(first) and second.text[:1].isupper() and second.upos in ("PROPN", "NOUN", "ADJ") \
                and sentence.words[first.index - 1].lower == "the" and head is not None \
                and head.lower in lexicon.organization_heads and head.text[:1].isupper() \
                and and_.lower in ("and", "&") and and_.head == head.index == second.head == first.head \
                and first.base_deprel == "compound" and head.index > second.index:
            return {and_.index: (second.index, "cc"), second.index: (first.index, "conj")}
    # (the coordinated modifiers found, but their *and* hung on the head word, splitting
    # the name's words)
    for first in sentence.words:
        second = next((c for c in sentence.children(first, "conj") if capitalised(c)
                       and c.index == first.index + 2), None)
        head = sentence.head_of(first)
        if second is not None and capitalised(first) and first.base_deprel == "compound" and head is not None \
                and head.lower in lexicon.organization_heads and head.index > second.index \
                and sentence.words[first.index + 1].lower in ("and", "&") \
                and sentence.words[first.index + 1].head != second.index:
            return {first.index + 1: (second.index, "cc")}
    return {}


def _place_of_a_role_read_as_a_second_person(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The MSP for Kilmorven and the Glens said": *the Glens* read as a second speaker,
    joined to *MSP*.  A capitalised conjunct with "the" right after the place or body a
    role is "for" or "of" (no role word itself, no name of a person) is part of that
    place: it joins the place, and the role stays one speaker."""
    for role in sentence.words:
        if role.lower not in lexicon.title_heads:
            continue
        for place in sentence.children(role, "nmod"):
            case = sentence.children(place, "case")
            if not case or case[0].lower not in ("for", "of") or not place.text[:1].isupper():
                continue
            end = max(w.index for w in sentence.subtree(place))
            for conj in sentence.children(role, "conj"):
                between = sentence.words[end + 1:conj.index]
                if conj.upos == "PROPN" and conj.lower not in lexicon.title_heads \
                        and [w.lower for w in between] in (["and", "the"], ["&", "the"]) \
                        and between[0].head == conj.index and between[1].head == conj.index:
                    return {conj.index: (place.index, "conj")}
    return {}


def _organization_noun_tagged_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for word in sentence.words:
        head = sentence.head_of(word)
        if word.upos != "VERB" or word.lower not in lexicon.generic_organization_nouns or head is None \
                or head.index < word.index or sentence.children(word, "aux", "obj", "ccomp", "xcomp", "mark"):
            continue
        modifier = next((s for s in sentence.children(word, "nsubj") if s.index == word.index - 1
                         and s.upos in NOMINAL_HEADS), None)
        # "The state’s largest teachers union, the Educators Alliance, said": *union* read as
        # a verb with *teachers* its subject.  A word for an organization with a bare noun
        # right before it, and nothing a verb would take, heads that noun phrase
        if modifier is not None:
            # the phrase's article and adjectives, and a name after a comma, go with the head
            fixes = {**_leading_dependents(sentence, modifier, word),
                     word.index: (head.index, "nsubj", "Number=Sing", "NOUN", word.lower),
                     modifier.index: (word.index, "compound")}
            for other in sentence.children(word, "nsubj"):
                if other.index > word.index and sentence.after_comma(other):
                    fixes[other.index] = (word.index, "appos")
            return fixes
    return {}


def _clause_read_as_two_objects(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs or verb.lemma in lexicon.addressee_verbs:
            continue
        objects = sorted(sentence.children(verb, "obj"), key=lambda w: w.index)
        if len(objects) != 2 or objects[0].upos != "PRON" or objects[0].index != verb.index + 1:
            continue
        pronoun, noun = objects
        past = sentence.words[pronoun.index + 1]
        # "said it struck targets": the pronoun and the noun as objects, the verb as an adjective
        if past.upos == "VERB" and past.feat("Tense") == "Past" and past.head == noun.index \
                and past.base_deprel == "amod":
            return {past.index: (verb.index, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin"),
                    pronoun.index: (past.index, "nsubj"), noun.index: (past.index, "obj")}
    return {}


def _clause_read_as_noun_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp"):
            continue
        # (the noun may hang on the addressee: "told the court the gap most likely
        # reflected voters who ...")
        nouns = [n for o in sentence.children(verb, "obj", "iobj") for n in sentence.subtree(o)
                 if n.index == o.index or n.base_deprel == "nmod" and n.head == o.index
                 and not sentence.children(n, "case")]
        for noun in nouns:
            if noun.index < verb.index + 3:
                continue
            # (compounds of the noun may stand between: "arguing Ottawa ignored catch data")
            past = next((w for w in reversed(sentence.words[verb.index + 1:noun.index])
                         if not (w.base_deprel == "compound" and w.head == noun.index and w.upos == "NOUN")),
                        sentence.words[noun.index - 1])
            subject = sentence.words[sentence.subtree(past)[0].index - 1]
            # "said the government understood farmers’ distress": *government* a compound and
            # *understood* an adjective of *farmers*.  English puts a participle adjective
            # before a noun modifier ("the injured government workers"), not after it; a past
            # verb between two nouns is the reported clause's verb
            if past.upos == "VERB" and past.feat("Tense") == "Past" and past.head == noun.index \
                    and all(w.upos == "ADV" for w in sentence.subtree(past)[:-1]) \
                    and past.base_deprel == "amod" and subject.head == noun.index \
                    and subject.base_deprel == "compound" and subject.upos in NOMINAL_HEADS:
                leading = {i: fix for i, fix in _leading_dependents(sentence, noun, subject).items()
                           if i < subject.index}
                return {**leading, past.index: (verb.index, "ccomp", _as_finite(past.feats)),
                        subject.index: (past.index, "nsubj"), noun.index: (past.index, "obj")}
    return {}


def _nominal_adjective_read_as_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, verb):
            continue
        for phrase in sentence.children(verb):
            words = sentence.subtree(phrase)
            # "The 58-year-old, who took over in 2019, admitted that ...": *old* read as a
            # fronted complement.  A definite adjective phrase names a person ("the
            # 58-year-old", "the injured"); right before a subjectless verb it is the subject
            # (the parser may hang the article on the verb, as on a noun: "’ the 46-year-old said")
            article = words[0] if words[0].head == phrase.index else sentence.words[words[0].index - 1]
            if phrase.upos == "ADJ" and phrase.index < verb.index and article.lower == "the" \
                    and article.head in (phrase.index, verb.index) and phrase.base_deprel != "nsubj" \
                    and all(w.upos == "PUNCT" for w in sentence.words[words[-1].index + 1:verb.index]):
                return {phrase.index: (verb.index, "nsubj"), article.index: (phrase.index, "det")}
    return {}


def _coordinated_clause_read_as_adverbial(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"At least 11 people died and 23 were missing …, the coast guard said": the
    first clause hung on the second as an adverbial, the second's subject (*23*)
    as the first one's conjunct.  A finite clause with no subordinator cannot be
    an adverbial; before a report's verb with no subject, it is the first of two
    coordinated clauses."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for second in sentence.children(verb, "ccomp"):
            if _has_subject(sentence, second):
                continue
            first = next((a for a in sentence.children(second, "advcl") if a.index < second.index
                          and a.upos == "VERB" and (a.feat("VerbForm") == "Fin" or _simple_past(sentence, a))
                          and _has_subject(sentence, a)
                          and not sentence.children(a, "mark")), None)
            subject = None if first is None else next(
                (c for c in sentence.children(first, "conj") if first.index < c.index < second.index
                 and c.upos in (*NOMINAL_HEADS, "NUM", "PRON") and sentence.children(c, "cc")), None)
            if subject is None:
                continue
            # (a simple past the tagger called a participle: "died" is no passive)
            fixes[first.index] = (verb.index, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin")
            fixes[second.index] = (first.index, "conj")
            fixes[subject.index] = (second.index, "nsubj")
            for own in sentence.children(first, "nsubj:pass"):
                if not sentence.children(first, "aux:pass"):
                    fixes[own.index] = (first.index, "nsubj")
            for cc in sentence.children(subject, "cc"):
                fixes[cc.index] = (second.index, "cc")
    return fixes


def _relative_clause_read_as_a_second_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"..., a practice she told the court had been “entirely routine”": *practice* and
    *she* both read as subjects of *told*.  A verb takes one subject: a noun phrase set
    off by a comma before a pronoun or name and its verb is a noun with a relative
    clause whose pronoun was left out, in apposition to the noun before the comma."""
    fixes = {}
    for verb in sentence.words:
        subjects = [s for s in sentence.children(verb, "nsubj") if s.index < verb.index]
        if verb.upos != "VERB" or len(subjects) != 2:
            continue
        noun, source = subjects
        start = sentence.phrase_start(noun)
        comma = sentence.words[start.index - 1] if start.index > 0 else None
        before = next((w for w in reversed(sentence.words[:start.index - 1]) if w.upos != "PUNCT"), None)
        if noun.upos != "NOUN" or not sentence.children(noun, "det") or source.index != verb.index - 1 \
                or source.upos not in ("PRON", "PROPN") or comma is None or comma.text != "," \
                or before is None or before.upos not in NOMINAL_HEADS:
            continue
        fixes[noun.index] = (before.index, "appos")
        fixes[verb.index] = (noun.index, "acl:relcl", _as_finite(verb.feats))
    return fixes


def _addressee_read_inside_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"a scheme he told jurors had been “hidden behind a dashboard”", "told the
    Castlereach Gazette they had found the book": the addressee read as the report's
    subject or object.  The noun right after a verb that takes an addressee, with no
    *that* between, is the addressee when the report has its subject elsewhere: in the
    gap a relative clause leaves, or after the noun."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.addressee_verbs \
                or sentence.children(verb, "obj", "iobj") or verb.index + 1 >= len(sentence.words):
            continue
        # (the noun heads the phrase right after the verb: "told the court")
        noun = next((w for w in sentence.words[verb.index + 1:] if w.upos in NOMINAL_HEADS), None)
        while noun is not None and noun.base_deprel in ("compound", "flat") \
                and (up := sentence.head_of(noun)) is not None and up.index > noun.index:
            noun = up  # "Castlereach" in "the Castlereach Gazette"
        report = sentence.head_of(noun) if noun is not None else None
        if noun is None or report is None or noun.base_deprel not in ("nsubj", "obj") \
                or sentence.phrase_start(noun).index != verb.index + 1 \
                or report.head != verb.index or report.base_deprel != "ccomp" or report.index < noun.index \
                or not all(c.base_deprel in ("det", "amod", "compound") for c in sentence.children(noun)):
            continue
        # the report's subject is the relative clause's gap, or follows the noun ("told the
        # Castlereach Gazette they had found ...")
        gap = verb.deprel == "acl:relcl" and noun.base_deprel == "nsubj"
        if gap or any(s.index > noun.index for s in sentence.children(report, "nsubj", "nsubj:pass")):
            fixes[noun.index] = (verb.index, "iobj")
    return fixes


def _report_read_as_relative_clause_after_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told reporters that detentions had since fallen by a third", "admitted in an
    interview with a local paper that many drivers had quit": *that* read as a
    relative pronoun, the report as a relative clause on the noun before it.  A verb
    of saying with nothing reported has its report there: a relative clause whose
    *that* is followed by a subject of its own, on a noun that follows the verb."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp", "xcomp") \
                or verb.lemma not in lexicon.addressee_verbs and sentence.children(verb, "obj"):
            continue
        # (the noun phrases right after the verb, with their nouns after prepositions)
        nouns = [c for c in sentence.children(verb, "obj", "iobj", "obl") if c.index > verb.index]
        nouns += [n for c in nouns for n in sentence.children(c, "nmod")]
        # (or, "that" taken for the subordinator it is, as a clause on the noun: "told a
        # public inquiry on Tuesday that corrosion had been flagged")
        clause = next((c for n in nouns for c in sentence.children(n, "acl") if c.index > n.index), None)
        if clause is None:
            continue
        that = sentence.subtree(clause)[0]
        subject = next((s for s in sentence.children(clause, "nsubj", "nsubj:pass") if s.index > that.index), None)
        if that.lower == "that" and that.upos in ("PRON", "SCONJ") and that.head == clause.index and subject is not None \
                and sentence.phrase_start(subject).index == that.index + 1:
            fixes[clause.index] = (verb.index, "ccomp")
            fixes[that.index] = (clause.index, "mark", "_", "SCONJ")
    return fixes


def _reports_subject_read_as_a_relative_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told the chamber that rents in the city had risen by 41 per cent": *rents*
    read as a verb with *that* its relative subject, and *risen* as a second relative
    clause on *chamber*.  When a relative clause of *that* and one word (with its
    modifiers) runs straight into a verb with an auxiliary and no subject, the word is
    that verb's subject and *that* opens the report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp"):
            continue
        for noun in sentence.children(verb, "obj", "iobj", "obl"):
            clauses = [c for c in sentence.children(noun, "acl:relcl") if c.index > noun.index]
            for first, second in zip(clauses, clauses[1:]):
                that = sentence.words[first.index - 1]
                words = sentence.subtree(first)
                if that.lower != "that" or that.head != first.index or that.base_deprel != "nsubj" \
                        or sentence.children(first, "obj", "aux", "cop") or _has_subject(sentence, second) \
                        or not sentence.children(second, "aux", "aux:pass") \
                        or words[-1].index + 1 != sentence.subtree(second)[0].index:
                    continue
                fixes.update({first.index: (second.index, "nsubj", "Number=Plur", "NOUN"),
                              that.index: (second.index, "mark", "_", "SCONJ"), second.index: (verb.index, "ccomp")})
                fixes.update({o.index: (first.index, "nmod") for o in sentence.children(first, "obl")})
    return fixes


def _subject_of_the_report_read_as_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said in a statement that tap water "remains among the safest"": *tap* read
    as a verb, *that tap water* as a relative clause on *statement*, and the
    report left with no subject.  A relative clause of *that*, a verb and its
    bare object, ending right before a report with no subject, is the report's
    complementiser and a compound noun subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for noun in sentence.children(verb, "obl"):
            clause = next((c for c in sentence.children(noun, "acl:relcl")), None)
            # (the report on the verb, or read as a second relative clause on the noun)
            report = next((c for c in [*sentence.children(verb, "ccomp"), *sentence.children(noun, "acl:relcl")]
                           if clause is not None and c.index > clause.index and not _has_subject(sentence, c)), None)
            if clause is None or report is None or clause.upos != "VERB":
                continue
            words = [w for w in sentence.subtree(clause) if w.upos != "PUNCT"]
            that, obj = words[0], words[-1]
            if len(words) == 3 and that.lower == "that" and words[1] is clause and obj.head == clause.index \
                    and obj.base_deprel == "obj" and obj.upos == "NOUN" \
                    and sentence.phrase_start(report).index > obj.index \
                    and all(w.upos == "PUNCT" for w in sentence.words[obj.index + 1:sentence.phrase_start(report).index]):
                fixes[that.index] = (report.index, "mark", "_", "SCONJ")
                fixes[clause.index] = (obj.index, "compound", "Number=Sing", "NOUN")
                fixes[obj.index] = (report.index, "nsubj")
                fixes[report.index] = (verb.index, "ccomp")
    return fixes


def _gerund_subject_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"as saying that testing every tap "would cost a fortune"": the gerund that
    is the report's subject read as the report, its predicate hung elsewhere.  A
    *that*-clause headed by a gerund with no subject, followed by a finite verb
    with no subject, is that verb's subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for gerund in sentence.children(verb, "ccomp"):
            that = next((m for m in sentence.children(gerund, "mark") if m.lower == "that"), None)
            if that is None or gerund.upos != "VERB" or gerund.feat("VerbForm") not in ("Ger", "Part") \
                    or gerund.feat("Tense") == "Past" or _has_subject(sentence, gerund) \
                    or sentence.children(gerund, "aux", "aux:pass", "cop"):
                continue
            end = sentence.subtree(gerund, exclude=[c for c in sentence.children(gerund) if c.upos == "PUNCT"])[-1].index
            predicate = next((w for w in sentence.words[end + 1:] if w.upos in ("VERB", "AUX")
                              and w.base_deprel not in ("aux", "aux:pass", "cop")), None)
            if predicate is None or _has_subject(sentence, predicate) or not is_finite(sentence, predicate) \
                    or predicate.base_deprel not in ("conj", "ccomp", "parataxis", "advcl") \
                    or any(c.base_deprel == "cc" and c.index < predicate.index for c in sentence.children(predicate)):
                continue
            fixes[predicate.index] = (verb.index, "ccomp")
            fixes[gerund.index] = (predicate.index, "csubj")
            fixes[that.index] = (predicate.index, "mark")
    return fixes


def _gerund_object_read_as_the_reports_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"predicted that preserving the hull would take a decade": *preserving* read as
    an adverbial of *predicted*, and *hull* as the report's subject.  A gerund right
    after the report's *that*, with no object, is the report's subject, and the noun
    phrase right after it the gerund's object."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(verb, "ccomp"):
            that = next((m for m in sentence.children(report, "mark") if m.lower == "that"), None)
            subject = next(iter(sentence.children(report, "nsubj")), None)
            gerund = sentence.words[that.index + 1] if that is not None and that.index + 1 < len(sentence.words) else None
            if gerund is None or subject is None or gerund.head != verb.index or gerund.base_deprel != "advcl" \
                    or gerund.upos != "VERB" or not gerund.is_ing_form \
                    or sentence.children(gerund, "obj", "nsubj", "aux") \
                    or sentence.phrase_start(subject).index != gerund.index + 1:
                continue
            fixes.update({gerund.index: (report.index, "csubj"), subject.index: (gerund.index, "obj")})
    return fixes


def _relative_clause_read_as_the_main_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"wood that has spent three centuries underwater is “basically a wet sponge”":
    *spent* read as the main verb with two subjects, *wood* and *that*, and the real
    predicate hung on it.  A noun followed by a relative pronoun as subjects of one verb
    heads a relative clause; the noun is the subject of the predicate after it that has
    a copula or auxiliary but no subject."""
    fixes = {}
    for verb in sentence.words:
        subjects = sentence.children(verb, "nsubj", "nsubj:pass")
        relative = next((r for r in subjects if r.lower in RELATIVE_SUBJECTS | {"that"} and r.upos == "PRON"), None)
        noun = next((n for n in subjects if n.upos in ("NOUN", "PROPN") and relative is not None
                     and sentence.subtree(n)[-1].index == relative.index - 1), None)
        predicate = next((p for p in sentence.children(verb, "parataxis", "ccomp", "conj") if p.index > verb.index
                          and sentence.children(p, "cop", "aux") and not _has_subject(sentence, p)
                          and not sentence.children(p, "cc", "mark")), None)
        if noun is None or predicate is None:
            continue
        fixes.update({verb.index: (noun.index, "acl:relcl"), noun.index: (predicate.index, "nsubj"),
                      predicate.index: (verb.head, verb.deprel)})
        # what hangs on the sentence (its adverbials before the noun, its final marks) goes with the predicate
        fixes.update({c.index: (predicate.index, c.deprel) for c in sentence.children(verb)
                      if c.index < noun.index or c.upos == "PUNCT" and c.index > predicate.index})
    return fixes


def _report_read_as_bare_infinitive(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"warned the loan put taxpayers' money at risk": *put*, past or bare, read as
    an infinitive complement with *loan* its subject.  An infinitive complement
    has no subject of its own and no *to* missing: with both, it is the report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "xcomp"):
            if clause.upos == "VERB" and clause.index > verb.index and not sentence.children(clause, "mark") \
                    and any(s.index < clause.index for s in sentence.children(clause, "nsubj")) \
                    and not sentence.children(clause, "aux"):
                fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
    return fixes


def _participle_aside_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"noted that the last agreement, signed in 2022, collapsed within weeks": the
    participle set off by commas read as the report's verb, the real verb a second
    report with no subject.  A participle between commas after the subject
    describes it; the verb after the second comma is the report's."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        reports = sorted((c for c in sentence.children(verb, "ccomp") if c.index > verb.index), key=lambda c: c.index)
        for participle, clause in zip(reports, reports[1:]):
            subject = next((c for c in sentence.children(participle, "nsubj", "nsubj:pass")
                            if c.index < participle.index), None)
            if subject is None or participle.upos != "VERB" or participle.feat("Tense") != "Past" \
                    or sentence.children(participle, "aux", "aux:pass", "cop") \
                    or sentence.words[participle.index - 1].text != "," \
                    or _has_subject(sentence, clause) or not is_finite(sentence, clause):
                continue
            # (the clause's "whether" may stand before the subject: "asked whether the levee,
            # built in 1962, had ever been inspected")
            resumed = next((w for w in sentence.subtree(clause) if w.index > participle.index and w.upos != "PUNCT"),
                           clause)
            if sentence.words[resumed.index - 1].text != ",":
                continue
            fixes[participle.index] = (subject.index, "acl", "Tense=Past|VerbForm=Part")
            fixes[subject.index] = (clause.index, "nsubj")
            fixes.update({m.index: (clause.index, "mark") for m in sentence.children(participle, "mark")})
    return fixes


def _report_inside_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"a price war that analysts say could squeeze margins", "the man who witnesses
    say fired the shots", "a pay rise he says was promised": a verb of saying
    inside a relative clause, whose report has its subject in the gap the
    relative pronoun leaves.  The parser hangs the relative pronoun on the verb
    of saying (beside, or instead of, its subject), takes the subject for a
    complement, or hangs the report elsewhere; the relative pronoun belongs to no
    one's words, and the verb after the source is the report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.deprel != "acl:relcl":
            continue
        before = sentence.words[verb.index - 1]
        pronoun = next((w for w in [*sentence.children(verb, "nsubj", "obj"), *sentence.children(before, "nsubj")]
                        if w.lower in RELATIVE_PRONOUNS and w.index < verb.index), None)
        source = next((w for w in sentence.children(verb, "nsubj") if w.lower not in RELATIVE_PRONOUNS), None)
        if source is None and pronoun is not None and before.base_deprel == "ccomp" and before.head == verb.index \
                and all(c.index == pronoun.index for c in sentence.children(before)):
            # "that analysts say": the source tagged as a verb, with the pronoun its subject
            source = before
            fixes[before.index] = (verb.index, "nsubj", "Number=Plur" if before.lower.endswith("s") else "_", "NOUN")
        if source is None:
            continue
        if pronoun is not None:
            fixes[pronoun.index] = (verb.index, "dep")
        if any(c.index > verb.index for c in sentence.children(verb, "ccomp")):
            continue
        following = sentence.words[verb.index + 1] if verb.index + 1 < len(sentence.words) else None
        report = following if following is None or following.upos == "VERB" else sentence.head_of(following)
        if report is not None and following.base_deprel in ("aux", "aux:pass") and report.index > verb.index \
                and report.upos == "VERB" and not _has_subject(sentence, report) \
                and verb.index not in {w.index for w in sentence.subtree(report)}:
            fixes[report.index] = (verb.index, "ccomp")
    return fixes


def _apposition_read_as_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The site’s owner, the supermarket chain Harlow & Finch, said": *chain* read
    as a verb, the phrase as a clause.  What stands between a subject and its verb
    of saying, set off by commas, is an apposition, not the report."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            start = sentence.phrase_start(clause).index
            end = max(w.index for w in sentence.subtree(clause) if w.upos != "PUNCT")
            if not (subject.index < clause.index < verb.index) or start == 0 \
                    or sentence.words[start - 1].text != "," or sentence.words[end + 1].text != "," \
                    or end + 2 != verb.index or sentence.words[start].lower not in ("the", "a", "an") \
                    or sentence.children(clause, "aux", "cop", "mark") or clause.upos != "VERB":
                continue
            fixes[clause.index] = (subject.index, "appos", "_", "NOUN", clause.lower)
            for child in sentence.children(clause):
                if child.base_deprel == "nsubj" and child.index < clause.index:
                    fixes[child.index] = (clause.index, "compound")
                elif child.base_deprel in ("obj", "xcomp") and child.index > clause.index and child.upos == "PROPN":
                    fixes[child.index] = (clause.index, "appos")
    return fixes


def _conjunct_repeating_the_reports_auxiliary_hung_on_the_main_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"asked for leniency, saying his client had been ‘drowning in debt’ and had always
    meant to repay the money": *meant* made a conjunct of *asked*.  A subjectless
    conjunct that repeats the auxiliary of the report just before it (*had* after *had
    been*), which the verb it hangs on lacks, continues the report."""
    fixes = {}
    words = sentence.words
    for verb in words:
        main = sentence.head_of(verb)
        if verb.base_deprel != "conj" or verb.upos not in ("VERB", "AUX") or main is None \
                or _has_subject(sentence, verb) or not sentence.children(verb, "cc"):
            continue
        auxiliaries = {a.lower for a in sentence.children(verb, "aux")}
        if not auxiliaries or auxiliaries & {a.lower for a in sentence.children(main, "aux")}:
            continue
        start = sentence.phrase_start(verb).index
        # the report that ends right before the conjunction, on a verb of saying between
        reports = [c for w in words[main.index:start] if w.lemma in lexicon.cue_verbs
                   for c in sentence.children(w, "ccomp") if c.index < start]
        report = next((r for r in reports if sentence.subtree(r)[-1].index >= start - 2
                       and _has_subject(sentence, r)
                       and auxiliaries <= {a.lower for a in sentence.children(r, "aux")}), None)
        if report is not None:
            fixes[verb.index] = (report.index, "conj")
    return fixes


def _infinitive_conjunct_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"urged people to check on neighbours, keep curtains closed and avoid
    exercise": *keep* made a conjunct of *urged*.  A bare verb cannot share the
    subject of a past or third-person verb ("she keep"); after an infinitive
    complement it continues that infinitive."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lower == verb.lemma:
            continue  # a bare verb of saying could share a bare conjunct
        infinitive = next((x for x in sentence.children(verb, "xcomp") if x.index > verb.index
                           and any(m.lower == "to" for m in sentence.children(x, "mark"))), None)
        if infinitive is None:
            continue
        for conjunct in sentence.children(verb, "conj"):
            if conjunct.index > infinitive.index and conjunct.upos == "VERB" and conjunct.lower == conjunct.lemma \
                    and not _has_subject(sentence, conjunct) and not sentence.children(conjunct, "aux", "mark"):
                fixes[conjunct.index] = (infinitive.index, "conj")
    return fixes


def _modal_split_from_its_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said it would ‘consider carefully’ any recommendations": *would* made the
    head of one complement and *consider* a second.  A modal heads no clause when
    a bare verb follows it; the verb is the clause, the modal its auxiliary."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        complements = sorted(sentence.children(verb, "ccomp"), key=lambda w: w.index)
        for modal, bare in zip(complements, complements[1:]):
            between = sentence.words[modal.index + 1:bare.index]
            if modal.upos != "AUX" or bare.upos != "VERB" or _has_subject(sentence, bare) \
                    or bare.feat("VerbForm") not in (None, "Inf") and bare.lower != bare.lemma \
                    or any(w.upos != "PUNCT" for w in between) \
                    or any(c.base_deprel not in ("nsubj", "advmod", "punct", "mark") for c in sentence.children(modal)):
                continue
            fixes[modal.index] = (bare.index, "aux")
            for child in sentence.children(modal):
                if child.base_deprel in ("nsubj", "mark", "advmod"):
                    fixes[child.index] = (bare.index, child.deprel)
    return fixes


def _complement_read_as_object_and_predicate(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"admitted her side needed “a proper number nine”": *her side* made the
    object of *admitted* and *needed* its predicate.  A finite verb (tensed, with
    no *to*) cannot complete an object; the two are the subject and verb of the
    reported clause.  Verbs that take an addressee ("told him to stay") are left
    alone."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma in lexicon.addressee_verbs:
            continue
        # (or as a subjectless complement: "said 64% of members who took part in the
        # survey backed the plan")
        for predicate in sentence.children(verb, "xcomp", "ccomp"):
            obj = next((o for o in sentence.children(verb, "obj") if o.index < predicate.index
                        and o.index > verb.index and o.upos in (*NOMINAL_HEADS, "PRON", "NUM", "SYM")), None)
            # (a past participle with an object of its own is no passive: "her side needed a
            # striker"; nor one after a verb that takes no object and predicate: "saying it
            # rested on one ash layer"; and a bare form after the object is a past one:
            # "claimed one in four recruits quit", as no verb of saying takes an object and
            # a bare infinitive)
            finite = predicate.feat("VerbForm") == "Fin" or predicate.feat("Tense") == "Past" \
                and (bool(sentence.children(predicate, "obj")) or verb.lemma in lexicon.clause_only_verbs) \
                or predicate.feat("VerbForm") == "Inf" and verb.lemma not in lexicon.infinitival_cue_verbs \
                and not sentence.children(predicate, "mark", "aux")
            if obj is None or predicate.upos != "VERB" or not finite or sentence.children(predicate, "mark", "nsubj"):
                continue
            fixes[predicate.index] = (verb.index, "ccomp", "Mood=Ind|Tense=Past|VerbForm=Fin") \
                if predicate.feat("VerbForm") != "Fin" else (verb.index, "ccomp")
            fixes[obj.index] = (predicate.index, "nsubj")
        # "..., which she said the company “can comfortably absorb”": the predicate, with
        # its auxiliary, hung elsewhere in the sentence
        obj = next((o for o in sentence.children(verb, "obj") if o.index > verb.index
                    and o.upos in (*NOMINAL_HEADS, "PRON")), None)
        after = None if obj is None else next(
            (w for w in sentence.words[sentence.subtree(obj)[-1].index + 1:] if w.upos != "PUNCT"), None)
        predicate = None if after is None or after.base_deprel != "aux" else sentence.head_of(after)
        if predicate is not None and predicate.upos == "VERB" and not _has_subject(sentence, predicate) \
                and predicate.head != verb.index and verb.index not in {w.index for w in sentence.subtree(predicate)}:
            fixes[predicate.index] = (verb.index, "ccomp")
            fixes[obj.index] = (predicate.index, "nsubj")
            fixes.update({w.index: (predicate.index, "punct")
                          for w in sentence.words[sentence.subtree(obj)[-1].index + 1:after.index]})
        # "insisted the cost, estimated at £42 million, was too high": the subject's aside
        # and the predicate both hung on a verb that takes no object
        if obj is not None and verb.lemma in lexicon.clause_only_verbs and not fixes:
            fixes.update(_predicate_past_the_subjects_aside(sentence, verb, obj))
    return fixes


def _predicate_past_the_subjects_aside(sentence: Sentence, verb: Word, obj: Word) -> Fixes:
    end = sentence.subtree(obj)[-1].index
    if end + 1 >= len(sentence.words) or sentence.words[end + 1].text != ",":
        return {}
    for predicate in sentence.children(verb, "parataxis", "conj", "ccomp"):
        start = sentence.subtree(predicate)[0]
        opener = next((w for w in sentence.subtree(predicate) if w.upos != "PUNCT"), None)
        aside = [w for w in sentence.children(verb) if end + 1 < w.index < start.index and w.upos == "VERB"]
        if predicate.index < end or _has_subject(sentence, predicate) or opener is None \
                or opener.base_deprel not in ("cop", "aux", "aux:pass") or len(aside) != 1 \
                or sentence.words[opener.index - 1].text != ",":
            continue
        return {predicate.index: (verb.index, "ccomp"), obj.index: (predicate.index, "nsubj"),
                aside[0].index: (obj.index, "acl")}
    return {}


def _verb_of_a_clause_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"wrote that the company “strongly disagrees” with the decision": *disagrees*
    tagged as a noun.  English nouns take no subject without a copula; a
    lower-case noun ending in -s or -ed with a subject before it, an adverb and no
    determiner is the clause's verb."""
    fixes = {}
    for word in sentence.words:
        if word.upos != "NOUN" or not word.text.islower() or not word.lower.endswith(("s", "ed")) \
                or word.base_deprel not in ("ccomp", "conj", "advcl", "root"):
            continue
        # (the subject perhaps read as a compound: "the company “respectfully disagrees”")
        subjects = [s for s in sentence.children(word, "nsubj") if s.index < word.index] + [
            c for c in sentence.children(word, "compound") if c.index < word.index
            and sentence.children(c, "det", "nmod:poss")]
        if sentence.children(word, "cop", "det", "nummod", "amod", "nmod:poss", "case") \
                or not subjects \
                or not any(a.upos == "ADV" and a.index < word.index for a in sentence.children(word, "advmod")):
            continue
        tense = "Past" if word.lower.endswith("ed") else "Pres"
        fixes[word.index] = (word.head, word.deprel, f"Mood=Ind|Tense={tense}|VerbForm=Fin", "VERB")
        fixes[subjects[0].index] = (word.index, "nsubj")
        for modifier in sentence.children(word, "nmod"):
            if sentence.children(modifier, "case"):
                fixes[modifier.index] = (word.index, "obl")
        for conjunct in sentence.children(word, "conj"):
            # ("with the findings and was reviewing": a noun with a preposition is no
            # subject of the conjunct after it, but the verb's complement)
            for noun in sentence.children(conjunct, "nsubj"):
                if noun.index < conjunct.index and any(c.lower == "with" for c in sentence.children(noun, "case")):
                    fixes[noun.index] = (word.index, "obl")
    return fixes


def _verb_of_a_report_tagged_as_the_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"argued the law sweeps far too broadly": *sweeps* tagged as a plural noun, the
    object of *argued* with *law* its compound, and the adverbs hung on *argued*.  A
    bare noun in -s whose compound has its own determiner, followed by an adverb, is
    a present verb: the report's, with that compound its subject."""
    fixes = {}
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        for noun in sentence.children(verb, "obj"):
            after = words[noun.index + 1] if noun.index + 1 < len(words) else None
            subject = words[noun.index - 1]
            if noun.upos != "NOUN" or not noun.text.islower() or not noun.lower.endswith("s") \
                    or noun.lower.endswith("ss") or noun.index < verb.index + 2 \
                    or subject.head != noun.index or subject.deprel != "compound" or subject.upos != "NOUN" \
                    or subject.lower.endswith("ing") \
                    or any(c.index > subject.index for c in sentence.children(noun, "det", "nmod:poss", "amod",
                                                                               "nummod", "case")) \
                    or not sentence.children(subject, "det", "nmod:poss") and not sentence.children(noun, "det") \
                    or after is None or after.upos != "ADV" or after.head not in (verb.index, noun.index):
                continue
            fixes[noun.index] = (verb.index, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                                 "VERB", noun.lemma)
            fixes[subject.index] = (noun.index, "nsubj")
            # (the subject's determiner hung on the noun taken for its head)
            fixes.update({d.index: (subject.index, d.deprel) for d in sentence.children(noun)
                          if d.index < subject.index})
            # (and what follows it up to a comma: "floods too often to be built on safely")
            for child in sentence.children(verb):
                if child.index > noun.index and child.upos != "PUNCT" and all(
                        w.upos != "PUNCT" for w in words[noun.index:sentence.subtree(child)[0].index]):
                    fixes[child.index] = (noun.index, child.deprel)
            # (and a participle after it that is no second saying: ", cutting teenagers off")
            for participle in sentence.children(verb, "advcl"):
                if participle.index > noun.index and participle.is_ing_form \
                        and participle.lemma not in lexicon.cue_verbs:
                    fixes[participle.index] = (noun.index, "advcl")
    return fixes


def _oblique_after_a_quote_read_as_a_second_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"wrote that the state would throw "every resource we have" at the fire": *fire*
    read as a second complement of *wrote* after the closing quotation mark.  A noun
    with a preposition and no verb or copula is no clause; right after the report's
    last word it is an oblique of the report's verb."""
    fixes = {}
    words = sentence.words
    for noun in words:
        head = sentence.head_of(noun)
        if noun.deprel != "ccomp" or noun.upos not in NOMINAL_HEADS or head is None \
                or not sentence.children(noun, "case") or sentence.children(noun, "cop", "nsubj", "nsubj:pass"):
            continue
        start = sentence.phrase_start(noun).index
        before = start - 1
        while before >= 0 and words[before].upos == "PUNCT":
            before -= 1
        report = next((c for c in sentence.children(head, "ccomp") if c.index < noun.index
                       and c.upos in ("VERB", "AUX") and sentence.subtree(c)[-1].index >= before), None)
        if report is not None and before >= 0:
            fixes[noun.index] = (report.index, "obl")
            fixes.update({p.index: (report.index, "punct") for p in words[before + 1:start]
                          if p.upos == "PUNCT" and p.head == noun.index})
    return fixes


def _comment_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for verb, first, second in _successive_complements(sentence, lexicon):
        start = sentence.phrase_start(second).index
        comma = sentence.words[start - 1]
        subject = next(iter(sentence.children(second, "nsubj")), None)
        # the noun hangs on the clause, or on its subject ("allegation" on "Anand")
        hosts = [second] + ([subject] if subject is not None else [])
        noun = next((c for h in hosts for c in sentence.children(h) if c.upos == "NOUN"
                     and c.base_deprel != "nsubj" and sentence.phrase_start(c).index == start), None)
        # "said X had met them, an allegation Anand denied": the writer's comment, a noun
        # with its relative clause, read as a second complement
        if comma.text == "," and comma.index >= sentence.subtree(first)[-1].index and noun is not None \
                and sentence.words[start].upos == "DET" and subject is not None and noun.index < subject.index:
            return {noun.index: (verb.index, "dep"), second.index: (noun.index, "acl:relcl")}
    return {}


def _second_verb_read_as_adjective(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the case had been ‘a jigsaw’ and praised fire officers for …": *praised
    fire officers* read as a noun phrase, the verb an adjective, inside the report.
    A past verb right after *and* that closes a report, with a noun after it, is
    the speaker's second action: a conjunct of the verb of saying, the noun its
    object (and "urged shoppers to “vote …”" an infinitive, not a noun; and "but denied
    ministers had lost control" the subject of the second verb's report)."""
    fixes = {}
    for verb in sentence.words:
        noun = sentence.head_of(verb)
        before = sentence.words[verb.index - 1] if verb.index > 0 else None
        if verb.deprel != "amod" or verb.upos != "VERB" or verb.feat("Tense") != "Past" or noun is None \
                or noun.index <= verb.index or before is None or before.upos != "CCONJ" \
                or before.head not in (noun.index, verb.index, noun.head):
            continue
        saying = next((a for a in sentence.ancestors(verb) if a.lemma in lexicon.cue_verbs
                       and _has_subject(sentence, a) and a.index < before.index), None)
        ahead = sentence.words[before.index - 1] if before.index > 0 else None
        if saying is None or ahead is None or ahead.upos in ("ADJ", "DET"):
            continue  # "tired and frightened children": two modifiers of one noun
        fixes[verb.index] = (saying.index, "conj", verb.feats, "VERB")
        fixes[before.index] = (verb.index, "cc")
        clause = sentence.head_of(noun)
        if verb.lemma in lexicon.cue_verbs and noun.base_deprel == "nsubj" and clause is not None \
                and clause.index > noun.index and clause.index != saying.index:
            # ("acknowledged that ... but denied ministers had lost control": the noun is the
            # subject of a second report, the clause it opens)
            fixes[clause.index] = (verb.index, "ccomp")
            continue
        fixes[noun.index] = (verb.index, "obj")
        if verb.lemma in lexicon.infinitival_cue_verbs:
            for target in sentence.children(noun, "nmod"):
                to = next((c for c in sentence.children(target, "case") if c.lower == "to"), None)
                if to is not None and target.index > noun.index:
                    fixes[target.index] = (verb.index, "xcomp", "VerbForm=Inf", "VERB", target.lower)
                    fixes[to.index] = (target.index, "mark", "_", "PART")
    return fixes


def _complement_read_as_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said in an email that Hartline had done “excellent work”": the report taken
    for a relative clause on *email*, with *that* its pronoun.  After a verb of
    saying, *in a statement/an email that* + a clause with its own subject is the
    complement, unless *that* is the clause's subject ("a statement that was
    released on Monday")."""
    fixes = {}
    for clause in sentence.words:
        noun = sentence.head_of(clause)
        verb = None if noun is None else sentence.head_of(noun)
        if clause.deprel != "acl:relcl" or verb is None:
            continue
        if noun.base_deprel == "nmod" and verb.lemma in lexicon.cue_nouns \
                and not sentence.children(sentence.head_of(verb) or verb, "ccomp", "obj"):
            # "said in a note to clients that investors should brace for ...": the
            # addressee of the message between it and the report; the verb has no
            # complement of its own to give the clause away to
            noun, verb = verb, sentence.head_of(verb)
            if verb is None:  # the message noun heads the sentence
                continue
        # ("told a press conference last month that Veld was ...": on the time of the saying,
        # which the parser may hang on the addressee)
        when = noun.lemma.lower() in lexicon.time_nouns and noun.base_deprel in ("obl", "nmod")
        if when and verb.lemma not in lexicon.cue_verbs and verb.head >= 0:
            verb = sentence.head_of(verb)
        when = when and not sentence.children(verb, "ccomp")
        that = sentence.subtree(clause)[0]
        # ("told a rally in Unity Square that the unions would strike": a "that" the parser
        # itself tagged a complementiser marks a report, whatever noun it hung it on)
        # (nor does "tell" stop at its addressee: in "told reporters outside the courthouse that
        # tenants could ...", what is told is the clause, however the parser read "that")
        open_telling = verb.lemma in lexicon.addressee_verbs and noun.base_deprel == "obl" \
            and sentence.children(verb, "iobj", "obj") and not sentence.children(verb, "xcomp")
        marked = (that.deprel == "mark" and that.upos == "SCONJ" and noun.base_deprel in ("obl", "obj", "iobj")
                  or open_telling) and not any(c.index > noun.index for c in sentence.children(verb, "ccomp"))
        if verb is None or verb.lemma not in lexicon.cue_verbs \
                or not (noun.lemma in lexicon.cue_nouns and sentence.children(noun, "case") or when or marked):
            continue
        subject = next((s for s in sentence.children(clause, "nsubj", "nsubj:pass") if s.index != that.index), None)
        if that.lower != "that" or that.index != sentence.head_of(clause).index + 1 or subject is None \
                or that.base_deprel == "nsubj":
            continue
        fixes[clause.index] = (verb.index, "ccomp")
        fixes[that.index] = (clause.index, "mark", "_", "SCONJ")
    return fixes


def _complement_read_as_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"She wrote on social media that she had been ‘made to feel stupid’": the
    report taken for a second conjunct of the verb of saying (single quotation
    marks mislead the parser).  A clause opened by the complementiser *that*,
    with no coordinator of its own, is no conjunct but the complement."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "conj"):
            first = sentence.subtree(clause)[0]
            if clause.index > verb.index and first.lower == "that" and first.deprel == "mark" \
                    and not sentence.children(clause, "cc") and not sentence.children(verb, "ccomp"):
                fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _subject_begun_by_a_coordinator(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said a fault in the software used to combine coursework and exam marks had
    affected ...": *exam marks* taken for the reported clause's subject, and *a
    fault ...* for the object of *said* (or for the subject of *used*, read as the
    report's verb).  A subject does not open with *and*: it is the last conjunct
    of the noun before it, and the phrase that noun ends is the subject."""
    fixes: Fixes = {}
    for subject in sentence.words:
        predicate = sentence.head_of(subject)
        if subject.base_deprel != "nsubj" or predicate is None or predicate.index < subject.index:
            continue
        opener = sentence.subtree(subject)[0]
        if opener.upos != "CCONJ" or opener.index == 0 \
                or sentence.words[opener.index - 1].upos != "NOUN":
            continue
        last = sentence.words[opener.index - 1]
        top = next((a for a in [last, *sentence.ancestors(last)] if (sentence.head_of(a) or a).lemma
                    in lexicon.cue_verbs and a.head != predicate.index), None)
        verb = None if top is None else sentence.head_of(top)
        if top is None or predicate.index in {w.index for w in sentence.subtree(top)}:
            continue
        if top.base_deprel == "obj" and top.upos == "NOUN":
            new_subject = top
        elif top.base_deprel == "ccomp" and (top.feat("Tense") == "Past" or top.feat("VerbForm") == "Part") \
                and not sentence.children(top, "aux", "aux:pass", "cop") \
                and (new_subject := next((c for c in sentence.children(top, "nsubj") if c.index < top.index), None)):
            # the participle only modifies the subject ("the software used to ...")
            fixes[top.index] = (new_subject.index, "acl")
            fixes.update({m.index: (predicate.index, "mark") for m in sentence.children(top, "mark")})
        else:
            continue
        fixes.update({subject.index: (last.index, "conj"), opener.index: (subject.index, "cc"),
                      new_subject.index: (predicate.index, "nsubj"), predicate.index: (verb.index, "ccomp")})
    return fixes


def _reports_of_its_communication_noun(sentence: Sentence, verb: Word, lexicon: Lexicon) -> list[Word]:
    """The that-clauses on the communication noun of ``verb``: "said in a statement that
    the bill remained “deeply flawed”"."""
    return [c for n in sentence.children(verb, "obl") if n.lemma in lexicon.cue_nouns
            for c in sentence.children(n, "acl", "acl:relcl")
            if any(m.lower == "that" for m in sentence.children(c, "mark"))]


def _second_that_clause_read_as_a_conjunct_of_the_main_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"noting that the captain declared an emergency within 90 seconds and that the
    evacuation took less than two minutes": *took* made a conjunct of *praised*.  A
    clause opened by *and that* is a second complement, coordinated with the *that*
    clause that ends right before it, never with a main clause."""
    fixes = {}
    words = sentence.words
    for verb in words:
        marks = sentence.children(verb, "mark")
        ccs = sentence.children(verb, "cc")
        if verb.base_deprel != "conj" or not ccs or not any(m.lower == "that" for m in marks) \
                or ccs[0].index + 1 != marks[0].index:
            continue
        first = next((w for w in words[:ccs[0].index] if w.deprel == "ccomp"
                      and any(m.lower == "that" for m in sentence.children(w, "mark"))
                      and sentence.subtree(w)[-1].index + 1 >= ccs[0].index - 1), None)
        if first is not None and verb.head != first.index:
            fixes[verb.index] = (first.index, "conj")
    return fixes


def _coordinated_complements(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    words = sentence.words
    for _, first, second in _successive_complements(sentence, lexicon):
        start = sentence.phrase_start(second).index
        conjunction = words[start] if words[start].upos == "CCONJ" else words[start - 1]
        that = words[conjunction.index + 1] if conjunction.index + 1 < len(words) else None
        # "said no meeting was “off the table” and that the committee would ...": one
        # report of two coordinated clauses, not two reports
        # (or, with no verb and no subject, an elliptical second clause: "told reporters that
        # the ruling was “a win for every voter” and not only for her campaign")
        elliptical = second.upos not in ("VERB", "AUX") and not _has_subject(sentence, second) \
            and not sentence.children(second, "cop")
        if conjunction.upos == "CCONJ" and that is not None and (that.lower == "that" or elliptical) \
                and conjunction.index >= sentence.subtree(first)[-1].index:
            return {second.index: (first.index, "conj"), conjunction.index: (second.index, "cc")}
    # the second clause hung on the verb of saying as its conjunct: a verb takes no
    # "that", so "and that the committee would ..." coordinates a second complement
    for verb in words:
        if verb.lemma not in lexicon.cue_verbs:
            continue
        # (the first clause may still be read as an adverbial: "wrote that she was “heartbroken”")
        first = next((c for c in sentence.children(verb, "ccomp", "advcl") if c.index > verb.index
                      and (c.base_deprel == "ccomp" or any(m.lower == "that" for m in sentence.children(c, "mark")))),
                     None)
        # (or the report of the verb's communication noun: "said in a statement that the bill
        # remained “deeply flawed” and that it would lobby peers")
        first = first or next(iter(_reports_of_its_communication_noun(sentence, verb, lexicon)), None)
        second = next((c for c in sentence.children(verb, "conj") if first is not None and c.index > first.index
                       and _introduced_by_that(sentence, c) and (sentence.children(c, "cc") or sentence.words[
                           sentence.phrase_start(c).index].upos == "CCONJ")), None)
        if second is not None:
            fixes = {second.index: (first.index, "conj")}
            that = sentence.words[sentence.phrase_start(second).index + 1]
            if that.head != second.index:
                # "and that migraine drugs often lose ...": the complementiser tagged as a determiner
                fixes[that.index] = (second.index, "mark", "_", "SCONJ")
            return fixes
    return {}


def _introduced_by_that(sentence: Sentence, clause: Word) -> bool:
    """A clause opened by a conjunction and *that*: with the complementiser as its
    mark, or read as a determiner of the clause's subject ("and that migraine
    drugs often lose their effect")."""
    if any(m.lower == "that" for m in sentence.children(clause, "mark")):
        return True
    start = sentence.phrase_start(clause).index
    following = sentence.words[start + 1] if start + 1 < len(sentence.words) else None
    return sentence.words[start].upos == "CCONJ" and following is not None and following.lower == "that" \
        and following.upos == "DET" and _has_subject(sentence, clause) \
        and sentence.head_of(following) is not None and sentence.head_of(following).base_deprel == "nsubj"


COMPARATIVES = frozenset({"more", "less", "fewer"})


def _comparative_hung_on_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    words = sentence.words
    for word in words[:-2]:
        verb = sentence.head_of(word)
        than, number = words[word.index + 1], words[word.index + 2]
        # "said more than 600 people had been rescued": "more" hung on "said"
        if word.lower in COMPARATIVES and verb is not None and verb.lemma in lexicon.cue_verbs \
                and word.index > verb.index and than.lower == "than" \
                and any(number.index in {w.index for w in sentence.subtree(c)}
                        for c in sentence.children(verb, "ccomp", "advcl")):
            return {word.index: (number.index, "advmod"), than.index: (word.index, "fixed")}
    return {}


def _text_noun_in_ing_tagged_as_a_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The alliance's court filing argues the minister ...": *filing* read as a
    participle on *court*, the subject of the clause after.  A word that names a text
    (*filing*, *ruling*, *briefing*), right after a noun and right before a verb of
    saying, with nothing of its own, is the head noun of that verb's subject."""
    fixes = {}
    words = sentence.words
    for text in words[1:-1]:
        noun, saying = words[text.index - 1], words[text.index + 1]
        if text.upos != "VERB" or not text.is_ing_form or text.head != noun.index or text.deprel != "acl" \
                or text.lower not in lexicon.text_sources | lexicon.cue_nouns or sentence.children(text) \
                or noun.upos != "NOUN" or saying.upos != "VERB" or saying.lemma not in lexicon.cue_verbs \
                or _has_subject(sentence, saying):
            continue
        # (the noun it was hung on may have been read as the subject of a later verb, which
        # the verb of saying reports: a later repair makes that verb its report)
        fixes[text.index] = (saying.index, "nsubj", "Number=Sing", "NOUN")
        fixes[noun.index] = (text.index, "compound")
        fixes.update({c.index: (text.index, c.deprel) for c in sentence.children(noun) if c.index < noun.index})
    return fixes


def _report_read_as_the_head_of_its_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"..., though she claims the singer still cannot tune a guitar": *claims* hung as an
    adverbial on *tune*, *singer* as its object.  A verb of saying hung on a subjectless
    finite verb after it, with a noun right before that verb's words, reports the
    clause: the noun is the clause's subject.  So is a verb of saying with a subject of
    its own read as the clause's subject ("The 58-year-old acknowledged the company's
    own quality checks had missed the impurity")."""
    for verb in _verbs_of_saying(sentence, lexicon):
        clause = sentence.head_of(verb)
        if clause is None or clause.upos != "VERB" or clause.index < verb.index or not is_finite(sentence, clause):
            continue
        if not (verb.base_deprel == "advcl" and not _has_subject(sentence, clause)
                or verb.base_deprel in ("nsubj", "csubj") and is_finite(sentence, verb)
                and any(s.index < verb.index for s in sentence.children(verb, *SUBJECTS))
                and not any(s.index != verb.index for s in sentence.children(clause, *SUBJECTS))):
            continue
        noun = next((o for o in sentence.children(verb, "obj") if o.index < clause.index), None)
        if noun is None:
            continue
        between = sentence.words[sentence.subtree(noun)[-1].index + 1:clause.index]
        # (an opening quotation mark may stand there too: 'argues the board "ignored ...')
        if all(w.head == clause.index and w.base_deprel in ("aux", "advmod") or w.text in QUOTE_MARKS
               for w in between):
            return {noun.index: (clause.index, "nsubj"), clause.index: (verb.index, "ccomp"),
                    verb.index: (clause.head, "advcl" if clause.head >= 0 else "root"),
                    **{w.index: (clause.index, "punct") for w in between if w.text in QUOTE_MARKS}}
    return {}


def _opening_role_read_as_a_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Its operations director, Erik Moe, asked ...": the role read as an adverbial
    clause (*director* a verb, *executive* an adjective) and the name as the subject.
    A role word whose phrase opens the sentence, right before a name set off by
    commas, is the subject; the name is its apposition."""
    first = next((w for w in sentence.words if w.upos != "PUNCT"), None)
    for role in sentence.words:
        verb = sentence.head_of(role)
        if first is None or verb is None or role.lower not in lexicon.title_heads \
                or role.base_deprel not in ("advcl", "dep", "parataxis") or verb.upos != "VERB" \
                or sentence.subtree(role)[0].index > first.index:
            continue
        end = max(w.index for w in sentence.subtree(role) if w.upos != "PUNCT")
        name = sentence.words[end + 2] if end + 2 < len(sentence.words) else None
        if name is None or sentence.words[end + 1].text != "," or name.upos != "PROPN" \
                or name.head != verb.index or name.base_deprel != "nsubj":
            continue
        last = sentence.subtree(name)[-1]
        after = sentence.words[last.index + 1] if last.index + 1 < len(sentence.words) else None
        if last.text != "," and (after is None or after.text != ","):
            continue
        fixes = {role.index: (verb.index, "nsubj", "Number=Sing", "NOUN", role.lower),
                 name.index: (role.index, "appos")}
        # (its possessor and article belong to the role, whichever word they were hung on)
        fixes.update({w.index: (role.index, w.deprel) for w in sentence.subtree(role)
                      if w.index < role.index and w.deprel in ("det", "nmod:poss") and w.head != role.index})
        # (and a noun before it is a modifier, not its subject: "chief", "operations")
        fixes.update({w.index: (role.index, "compound") for w in sentence.children(role, "nsubj")
                      if w.index < role.index and w.upos in NOMINAL_HEADS})
        return fixes
    return {}


def _relative_clause_on_the_subject_read_as_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Amy Chen, whose two children attend Lakeview Elementary, said ...": the relative
    clause read as the complement of *said*.  A clause opened by a relative word, set
    off by commas between the subject and its verb, describes the subject."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            words = sentence.subtree(clause)
            opener = next((w for w in words if w.upos != "PUNCT"), None)
            before = sentence.words[opener.index - 1] if opener is not None and opener.index > 0 else None
            if opener is not None and opener.lower in RELATIVE_SUBJECTS | {"whose"} \
                    and subject.index < clause.index < verb.index \
                    and before is not None and before.text == "," and sentence.subtree(subject)[-1].index < opener.index:
                fixes[clause.index] = (subject.index, "acl:relcl")
    return fixes


def _reports_subject_read_as_object_of_its_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"warned that services prices, which rose 5.4% last year, were still running hot":
    *prices* read as the object of *rose*, the relative clause made the report and the
    report's own verb left hanging after it.  A noun right before ", which" is what the
    relative clause describes, never its object; with the noun restored as its head, the
    report is a noun phrase whose verb follows (see :func:`_report_cut_after_its_subject`)."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(say, "ccomp"):
            relative = next((r for r in sentence.children(clause, "nsubj") if r.lower in RELATIVE_SUBJECTS), None)
            if relative is None or sentence.words[relative.index - 1].text != ",":
                continue
            noun = next((n for n in sentence.children(clause, "obj") if n.upos in ("NOUN", "PROPN")
                         and sentence.subtree(n)[-1].index == relative.index - 2), None)
            if noun is not None:
                fixes.update({noun.index: (say.index, "ccomp"), clause.index: (noun.index, "acl:relcl")})
                fixes.update({m.index: (noun.index, "mark") for m in sentence.children(clause, "mark")})
    return fixes


def _reports_subject_hung_on_the_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"told reporters that members, who earn about 1,400 euros a month, would stay
    out": *that members, who earn ...* read as a relative clause on *reporters*, with
    *members* its object, and the report left with no subject.  After *that*, a noun
    right before ", who" is what the relative clause describes, and the subject of the
    report that follows it."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        report = next((c for c in sentence.children(say, "ccomp") if not _has_subject(sentence, c)), None)
        for addressee in sentence.children(say, "iobj", "obj"):
            for clause in sentence.children(addressee, "acl:relcl"):
                words = sentence.subtree(clause)
                relative = next((r for r in sentence.children(clause, "nsubj") if r.lower in RELATIVE_SUBJECTS), None)
                that = words[0]
                noun = sentence.words[that.index + 1] if that.index + 1 < len(sentence.words) else None
                if report is None or relative is None or noun is None or that.lower != "that" \
                        or noun.head != clause.index or noun.upos not in ("NOUN", "PROPN") \
                        or relative.index != noun.index + 2 or sentence.words[noun.index + 1].text != "," \
                        or report.index < words[-1].index:
                    continue
                fixes.update({clause.index: (noun.index, "acl:relcl"), noun.index: (report.index, "nsubj"),
                              that.index: (report.index, "mark", "_", "SCONJ")})
    return fixes


def _report_cut_after_its_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the families’ campaign, “Seven Names,” would go on", "warned that prices,
    which rose 5.4%, were still running hot": the report's subject read as the whole
    report, and its verb left hanging after the subject's asides.  A noun phrase with
    no predicate, taken for what was said, is the subject of the verb with no subject
    of its own that follows it."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        # (or as the object of a verb that takes none: "said the stoppage, which began on
        # Monday, could delay shipments")
        objects = sentence.children(say, "obj", "iobj") if say.lemma in lexicon.clause_only_verbs else []
        for noun in sentence.children(say, "ccomp") + objects:
            words = sentence.subtree(noun)
            if noun.upos not in ("NOUN", "PROPN") or sentence.children(noun, "cop") or noun.index < say.index:
                continue
            following = next((w for w in sentence.words[words[-1].index + 1:] if w.upos != "PUNCT"), None)
            predicate = following
            while predicate is not None and predicate.base_deprel == "aux" and predicate.head > predicate.index:
                predicate = sentence.words[predicate.head]
            if following is None or predicate is None or predicate.upos not in ("VERB", "AUX", "ADJ") \
                    or not (following.base_deprel == "aux" or is_finite(sentence, predicate)) \
                    or predicate.head not in (say.index, say.head) or _has_subject(sentence, predicate):
                continue
            fixes.update({noun.index: (predicate.index, "nsubj"), predicate.index: (say.index, "ccomp")})
            if words[0].lower == "that":
                fixes[words[0].index] = (predicate.index, "mark")
    return fixes


def _report_read_as_object_of_a_clause_only_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"explained that pupils who needed a phone for the journey home could leave it
    at the office": *pupils* read as the object of *explained*, *that* hung inside its
    relative clause and *could leave* made a clause of its own.  A verb that reports
    only clauses takes no object: after *that*, the noun phrase runs up to the next
    auxiliary, whose verb is the report and the noun its subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.clause_only_verbs or sentence.children(verb, "ccomp"):
            continue
        that = sentence.words[verb.index + 1] if verb.index + 1 < len(sentence.words) else None
        noun = next((o for o in sentence.children(verb, "obj") if that is not None and o.index > that.index), None)
        if noun is None or that.lower != "that" \
                or sentence.phrase_start(noun).index not in (that.index, that.index + 1):
            continue
        end = sentence.subtree(noun)[-1].index
        aux = next((w for w in sentence.words[end + 1:] if w.upos == "AUX" and w.base_deprel == "aux"), None)
        report = sentence.head_of(aux) if aux is not None else None
        stray = sentence.words[end + 1:aux.index] if aux is not None else []
        if report is None or report.upos != "VERB" or report.index < aux.index \
                or any(w.upos in ("VERB", "AUX", "PUNCT") or w.lower in ("and", "but") for w in stray):
            continue
        fixes.update({noun.index: (report.index, "nsubj"), that.index: (report.index, "mark", "_", "SCONJ"),
                      report.index: (verb.index, "ccomp")})
        # (words the parser gave the report before its auxiliary end the noun phrase: "the journey home")
        fixes.update({w.index: (end, "advmod" if w.upos in ("ADV", "NOUN") else "dep") for w in stray if w.head == report.index})
        # (and marks before the verb of saying the parser gave the report close what came before)
        fixes.update({w.index: (w.index - 1, "punct") for w in sentence.children(report, "punct")
                      if 0 < w.index < verb.index})
    return fixes


def _subject_noun_read_as_a_verb_before_its_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"conceded that talks with ‘a number of partners’ were ongoing": *talks* read as
    the report's verb, and *number*, after its preposition, as the subject of a second
    report.  A noun phrase with a preposition is no subject: the word after *that* it
    hangs from is the subject, a noun, and the second clause is the report."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        clauses = sentence.children(say, "ccomp")
        # (the second clause a complement of the report, or a clause hung on its "verb":
        # "said only that talks with the board were continuing")
        pairs = list(zip(clauses, clauses[1:])) + [(first, c) for first in clauses
                                                   for c in sentence.children(first, "advcl", "ccomp")
                                                   if c.index > first.index]
        for first, second in pairs:
            that = next((m for m in sentence.children(first, "mark") if m.lower == "that"), None)
            subject = next((s for s in sentence.children(second, "nsubj") if first.index < s.index < second.index), None)
            if subject is None and second.head == first.index and not _has_subject(sentence, second):
                # (the noun after the preposition hung on the "verb" itself)
                subject = next((o for o in sentence.children(first, "obl") if first.index < o.index < second.index), None)
            if that is None or that.index != first.index - 1 or first.upos != "VERB" or subject is None \
                    or _has_subject(sentence, first) or sentence.children(first, "aux", "cop", "obj") \
                    or not any(c.lower in ("with", "of", "on", "over", "about", "between") and c.index < subject.index
                               for c in sentence.children(subject, "case")):
                continue
            fixes.update({first.index: (second.index, "nsubj", "Number=Plur", "NOUN"),
                          subject.index: (first.index, "nmod"), that.index: (second.index, "mark")})
            if second.head == first.index:
                fixes[second.index] = (say.index, "ccomp")
    return fixes


def _possessor_of_a_relatives_subject_read_as_part_of_the_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"— a charge Ocampo’s spokesman dismissed as “desperate spin”": *Ocampo* read as a
    second word of *charge* and *charge ’s* as the possessor of *spokesman*.  A common
    noun with an article takes no name as its flat part; the name with its *’s* owns
    the noun after it, and that noun phrase hangs on the common noun (a relative clause
    with no relative word follows)."""
    fixes = {}
    for noun in sentence.words:
        owned = sentence.head_of(noun)
        name = next((c for c in sentence.children(noun, "flat") if c.upos == "PROPN"
                     and any(k.lower in ("’s", "'s") for k in sentence.children(c, "case"))), None)
        article = sentence.words[noun.index - 1] if noun.index > 0 else None
        if name is None or owned is None or noun.upos != "NOUN" or noun.deprel != "nmod:poss" \
                or article is None or article.lower not in ("a", "an") \
                or article.head not in (noun.index, owned.index) \
                or owned.index != sentence.subtree(name)[-1].index + 1 or owned.upos != "NOUN":
            continue
        fixes[article.index] = (noun.index, "det")
        fixes[noun.index] = (owned.head, owned.deprel)
        fixes[owned.index] = (noun.index, "nmod")
        fixes[name.index] = (owned.index, "nmod:poss")
    return fixes


def _contact_relative_read_as_a_participle_on_its_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"a step the subcommittee chair dismissed as “a coupon, not a cure”": *chair* hung
    on *step* as a modifier with no preposition, *dismissed* as a participle on *chair*.
    A noun phrase joined to a noun with no preposition, carrying a determiner and a
    past form with no object after it, is the subject of a relative clause with no
    relative word on that noun; the past form is the clause's verb."""
    fixes = {}
    words = sentence.words
    for subject in words:
        noun = sentence.head_of(subject)
        if noun is None or subject.base_deprel != "nmod" or sentence.children(subject, "case") \
                or noun.upos != "NOUN" or subject.upos != "NOUN" \
                or not any((d.lower in ("the", "a", "an", "its", "his", "her", "their")
                            # (or a possessor, which determines its noun: "Ocampo’s spokesman")
                            or d.base_deprel == "nmod" and sentence.children(d, "case"))
                           and d.index < subject.index for d in sentence.children(subject, "det", "nmod:poss")) \
                or sentence.phrase_start(subject).index != noun.index + 1:
            continue
        verb = next((a for a in _bare_past_forms_on(sentence, subject) if a.index == subject.index + 1
                     and not any(c.lower == "by" for o in sentence.children(a, "obl", "obl:agent")
                                 for c in sentence.children(o, "case"))), None)
        if verb is None:
            continue
        fixes[verb.index] = (noun.index, "acl:relcl", _as_finite(verb.feats))
        fixes[subject.index] = (verb.index, "nsubj")
    return fixes


def _contact_relative_in_an_apposition_read_as_a_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Chairman Des Quayle, the scrap-metal millionaire fans call “Big Des”, said ...",
    "Pruett, the trucking magnate fans call “Big Harl,” did not attend": *fans* read as
    the subject of a clause of the main verb, with *millionaire* its modifier.  A clause
    set off by commas right after a name, whose subject carries a determiner and a noun
    before it, is a relative clause with no relative word (English drops it) on that
    noun, which is the name's apposition; the name is the main verb's subject."""
    words = sentence.words
    for clause in words:
        verb = sentence.head_of(clause)
        if clause.upos != "VERB" or verb is None or clause.base_deprel not in ("ccomp", "advcl", "parataxis") \
                or clause.index > verb.index:
            continue
        subject = next((s for s in sentence.children(clause, "nsubj") if s.index < clause.index
                        and s.upos == "NOUN"), None)
        start = sentence.phrase_start(clause).index
        # (the closing comma may sit inside the nickname's quotation marks: "“Big Harl,”")
        after = max(w.index for w in sentence.subtree(clause) if w.text != ",") + 1
        name = words[start - 2] if start >= 2 else None
        if subject is None or name is None or name.upos != "PROPN" or words[start - 1].text != "," \
                or not any(w.text == "," for w in words[sentence.subtree(clause)[-1].index - 1:after + 1]):
            continue
        while name.base_deprel == "flat" and (up := sentence.head_of(name)) is not None:
            name = up
        modifiers = [c for c in sentence.children(subject) if c.index < subject.index]
        noun = words[subject.index - 1]
        if not any(m.deprel == "det" for m in modifiers) or noun.head != subject.index \
                or noun.deprel != "compound" or noun.upos != "NOUN":
            continue
        fixes = {noun.index: (name.index, "appos"), clause.index: (noun.index, "acl:relcl"),
                 start - 1: (noun.index, "punct")}
        fixes.update({m.index: (noun.index, m.deprel) for m in modifiers if m.index != noun.index})
        if name.head != verb.index or not name.base_deprel.startswith("nsubj"):
            if _has_subject(sentence, verb):
                continue
            fixes[name.index] = (verb.index, "nsubj")
        return fixes
    return {}


def _possessor_read_as_the_subject_of_a_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"asked whether the Aldwick museum’s remaining 112 pieces ... would follow":
    *remaining* read as a verb with *museum* its subject and *pieces* its object, the
    report left with no subject.  A noun marked with a possessive *’s* owns the noun
    after it and is no subject: the *-ing* word between describes that noun, which is
    the subject of the clause the "participle" hung on."""
    fixes = {}
    for participle in sentence.words:
        owner = next((n for n in sentence.children(participle, "nsubj")
                      if sentence.subtree(n)[-1].index == participle.index - 1
                      and any(c.lower in ("'s", "’s", "'", "’") for c in sentence.children(n, "case"))), None)
        clause = sentence.head_of(participle)
        thing = next((o for o in sentence.children(participle, "obj") if o.index > participle.index), None)
        if owner is None or participle.upos != "VERB" or not participle.is_ing_form or thing is None \
                or clause is None or participle.deprel != "advcl" or clause.index < thing.index \
                or _has_subject(sentence, clause) or sentence.children(participle, "aux", "mark"):
            continue
        fixes[thing.index] = (clause.index, "nsubj")
        fixes[owner.index] = (thing.index, "nmod:poss")
        fixes[participle.index] = (thing.index, "amod", "VerbForm=Ger", "ADJ")
    return fixes


# endings of irregular past participles that are never simple past forms (*drawn*, *taken*,
# *torn*): the tagger's "finite" on such a word is wrong
PARTICIPLE_ONLY_ENDINGS = ("en", "wn", "rn")


def _reduced_relative_read_as_an_adverbial_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"cautioned that the so-called “herring line” drawn in 1984 was never meant to be
    permanent": *drawn* read as an adverbial clause of *meant* with *line* its subject,
    leaving *meant* with none.  A past participle with no auxiliary, right after its
    noun, hung before a finite verb that has no subject, is a reduced relative clause on
    the noun, which is that verb's subject."""
    fixes = {}
    for participle in sentence.words:
        verb = sentence.head_of(participle)
        if participle.deprel != "advcl" or participle.upos != "VERB" or verb is None \
                or participle.index > verb.index or participle.feat("Tense") != "Past" \
                or participle.feat("VerbForm") != "Part" and not participle.lower.endswith(PARTICIPLE_ONLY_ENDINGS) \
                or sentence.children(participle, "aux", "aux:pass", "cop", "mark", "obj") \
                or _has_subject(sentence, verb) or sentence.subtree(participle)[-1].index + 1 > verb.index:
            continue
        if not (verb.feat("VerbForm") == "Fin" or sentence.children(verb, "aux", "aux:pass")):
            continue
        noun = next((n for n in sentence.children(participle, "nsubj") if n.upos in NOMINAL_HEADS
                     and sentence.subtree(n)[-1].index < participle.index
                     and all(w.upos == "PUNCT" for w in sentence.words[sentence.subtree(n)[-1].index + 1:participle.index])), None)
        if noun is None:
            continue
        passive = bool(sentence.children(verb, "aux:pass"))
        fixes[noun.index] = (verb.index, "nsubj:pass" if passive else "nsubj")
        fixes[participle.index] = (noun.index, "acl", "Tense=Past|VerbForm=Part")
    return fixes


def _reduced_relative_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"warned that further walkouts planned for May would go ahead": *planned* read as
    the report's verb, and *go* as a second report with no subject.  Two clauses of one
    verb of saying, the first a bare past form right after its subject and the second
    with no subject of its own and nothing joining them, are one report: the past form
    modifies the noun before it, which is the second clause's subject."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        clauses = sentence.children(say, "ccomp")
        for first, second in zip(clauses, clauses[1:]):
            subject = next((s for s in sentence.children(first, "nsubj") if s.index == first.index - 1
                            or sentence.subtree(s)[-1].index == first.index - 1), None)
            if subject is None or first.upos != "VERB" or first.feat("Tense") != "Past" \
                    or sentence.children(first, "aux", "cop", "obj") or _has_subject(sentence, second) \
                    or not (sentence.children(second, "aux") or second.feat("VerbForm") == "Fin") \
                    or sentence.subtree(first)[-1].index + 1 != sentence.subtree(second)[0].index:
                continue
            fixes.update({first.index: (subject.index, "acl"), subject.index: (second.index, "nsubj")})
            fixes.update({m.index: (second.index, "mark") for m in sentence.children(first, "mark")})
    return fixes


def _speakers_participle_read_as_a_report_before_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"One person briefed on the committee’s discussions said ...": *briefed* read as a
    finite verb, *person* its subject, and the clause as a report before *said*, which
    is left with no subject.  A past form right after a noun, with no object or
    auxiliary, running up to a verb of saying with nothing between, is a participle
    on the noun, and the noun the speaker."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        if _has_subject(sentence, say):
            continue
        for first in sentence.children(say, "ccomp", "parataxis"):
            subject = next((s for s in sentence.children(first, "nsubj") if s.index == first.index - 1
                            and s.upos in NOMINAL_HEADS), None)
            if subject is None or first.upos != "VERB" or first.feat("Tense") != "Past" \
                    or sentence.children(first, "aux", "cop", "obj", "mark", "ccomp") \
                    or sentence.subtree(first)[-1].index + 1 != say.index:
                continue
            fixes.update({first.index: (subject.index, "acl", "Tense=Past|VerbForm=Part"),
                          subject.index: (say.index, "nsubj")})
    return fixes


def _participles_object_read_as_the_reports_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said an ambulance carrying a cardiac patient had been forced through ...":
    *patient* read as the subject of *forced*, which hangs on *ambulance* as a relative
    clause, and *ambulance* as a second subject of *said*.  A noun after the participle
    that modifies the report's subject is the participle's object, and the clause
    after it is the report, with that subject."""
    fixes = {}
    for say, _ in _sayings_with_subject(sentence, lexicon):
        # (or an object of *said*, the clause its complement: "said a man wearing a mask had entered")
        objects = () if say.lemma in lexicon.addressee_verbs else ("obj", "iobj")
        for subject in sentence.children(say, "nsubj", *objects):
            if subject.index < say.index:
                continue
            participles = [a for a in sentence.children(subject, "acl") if a.upos == "VERB" and a.is_ing_form
                           and not sentence.children(a, "obj")]
            for participle in participles[:1]:
                clauses = sentence.children(subject, "acl:relcl") + (
                    sentence.children(say, "ccomp") if subject.base_deprel != "nsubj" else [])
                for clause in clauses:
                    inner = [n for n in sentence.children(clause, "nsubj", "nsubj:pass")
                             if participle.index < n.index < clause.index and n.lower not in RELATIVE_PRONOUNS]
                    if clause.index > participle.index and inner:
                        fixes.update({clause.index: (say.index, "ccomp"), subject.index: (clause.index, inner[0].deprel),
                                      inner[0].index: (participle.index, "obj")})
    return fixes


def _clause_after_a_subordinator_read_as_a_noun_phrase(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"would go ahead unless ministers reopened talks": *unless* read as a preposition
    and *reopened* as an adjective on *talks*.  A subordinator opens a clause, not a noun
    phrase: a past form between two bare nouns after it is the clause's verb, the noun
    before it the subject and the noun after it the object."""
    fixes = {}
    for noun in sentence.words:
        words = sentence.words[:noun.index]
        if noun.index < 3 or noun.upos != "NOUN":
            continue
        marker, subject, verb = words[-3], words[-2], words[-1]
        if marker.lower not in SUBORDINATORS | CLAUSE_PREPOSITIONS or marker.head != noun.index \
                or subject.upos not in ("NOUN", "PROPN") or subject.head != noun.index \
                or verb.upos != "VERB" or verb.head != noun.index or verb.base_deprel != "amod" \
                or verb.feat("Tense") != "Past" or noun.head < 0:
            continue
        fixes.update({verb.index: (noun.head, "advcl", _as_finite(verb.feats)), marker.index: (verb.index, "mark"),
                      subject.index: (verb.index, "nsubj"), noun.index: (verb.index, "obj")})
    return fixes


def _participle_phrase_read_as_a_modifier_of_its_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said a team carrying dart guns joined the search": *carrying* read as an adjective
    of *guns*, and *guns* as a bare modifier of *team*.  An *-ing* verb right after a
    noun, before a noun hung on that first noun with no preposition, is a participle on
    the first noun with the second its object."""
    fixes = {}
    for participle in sentence.words[1:]:
        obj = sentence.head_of(participle)
        noun = sentence.words[participle.index - 1]
        if obj is None or participle.upos != "VERB" or not participle.is_ing_form or participle.deprel != "amod" \
                or obj.index < participle.index or obj.base_deprel != "nmod" or obj.head != noun.index \
                or sentence.children(obj, "case") or noun.upos != "NOUN":
            continue
        fixes[participle.index] = (noun.index, "acl")
        fixes[obj.index] = (participle.index, "obj")
    return fixes


def _clause_after_a_preposition_read_as_a_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"is recalling all batches of its drug nationwide after tests found traces of a
    carcinogen": *found* read as a participle on *tests*, which later reads as a clause
    inside the object of *recalling*.  After *after*, *before*, *since* or *until*, a
    noun and the past form right after it that has an object of its own are a clause:
    the noun its subject, the clause an adverbial of the verb above."""
    fixes = {}
    words = sentence.words
    for noun in words:
        marker = next((c for c in sentence.children(noun, "case") if c.lower in CLAUSE_PREPOSITIONS
                       and c.index == sentence.phrase_start(noun).index), None)
        verb = next((a for a in sentence.children(noun, "acl") if a.upos == "VERB" and a.index == noun.index + 1
                     and a.feat("Tense") == "Past" and sentence.children(a, "obj") and not _has_subject(sentence, a)),
                    None) if marker is not None else None
        main = next((a for a in sentence.ancestors(noun) if a.upos == "VERB"), None)
        if verb is None or main is None or noun.upos not in NOMINAL_HEADS:
            continue
        fixes.update({verb.index: (main.index, "advcl", _as_finite(verb.feats)), noun.index: (verb.index, "nsubj"),
                      marker.index: (verb.index, "mark", "_", "SCONJ")})
    return fixes


def _subject_after_a_subordinator_read_as_an_oblique(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The sharpest moment came when Jean Pollard, a retired nurse from Ashby Vale,
    asked both leaders: ...": *when* and the name hung on *came* as an oblique, the
    apposition taken for the subject of *asked*.  A name takes no *when*: the word that
    opens a clause makes the name that clause's subject, and what stands between
    commas after it describes the name."""
    fixes = {}
    for name in sentence.words:
        opener = next((c for c in sentence.children(name, "advmod", "mark", "case")
                       if c.lower in ADVERBIAL_OPENERS - CLAUSE_PREPOSITIONS and c.index == sentence.phrase_start(name).index
                       and c.index < name.index), None)
        if opener is None or name.upos != "PROPN" or name.base_deprel not in ("obl", "obj", "nmod"):
            continue
        end = sentence.subtree(name)[-1].index
        comma = sentence.words[end + 1] if end + 1 < len(sentence.words) else None
        aside = next((w for w in sentence.words[end + 2:] if comma is not None and comma.text == ","
                      and w.upos in NOMINAL_HEADS and w.base_deprel == "nsubj"
                      and sentence.phrase_start(w).index == end + 2), None)
        verb = sentence.head_of(aside) if aside is not None else None
        if verb is None or verb.index < aside.index or _inside_a_subject_below(sentence, name, verb) \
                or verb.index in {w.index for w in sentence.subtree(name)}:
            continue
        fixes[name.index] = (verb.index, "nsubj")
        fixes[aside.index] = (name.index, "appos")
        fixes[opener.index] = (verb.index, "advmod" if opener.lower in ("when", "where") else "mark")
        if verb.head == name.head and verb.base_deprel in ("conj", "parataxis"):
            fixes[verb.index] = (verb.head, "advcl")
            fixes.update({c.index: (verb.index, "cc") for c in sentence.children(verb, "cc")})
    return fixes


def _subject_after_a_fronted_phrase_read_as_its_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"According to a snap poll by Castlegate Research, 48 per cent of viewers thought
    Mr Okafor had won": *cent* hung on *poll* as a modifier, *thought* left with no
    subject.  A finite verb with no subject takes the noun phrase that ends right
    before it, after the comma that closes a fronted phrase, as its subject."""
    fixes = {}
    words = sentence.words
    for verb in words[3:]:
        if verb.upos != "VERB" or _has_subject(sentence, verb) or not is_finite(sentence, verb) \
                or verb.feat("Tense") != "Past" and verb.feat("Person") != "3" or sentence.children(verb, "mark") \
                or verb.base_deprel not in ("root", "ccomp", "conj", "parataxis"):
            continue
        noun = next((w for w in words if w.upos in NOMINAL_HEADS and w.base_deprel in ("nmod", "appos")
                     and sentence.subtree(w)[-1].index == verb.index - 1), None)
        if noun is None or sentence.children(noun, "case") and not all(
                c.lower == "per" for c in sentence.children(noun, "case")):
            continue
        start = sentence.phrase_start(noun)
        head = sentence.head_of(noun)
        if start.index == 0 or words[start.index - 1].text != "," or head is None or head.index > start.index \
                or any(w.lower in ("who", "whose", "which", "that") for w in sentence.subtree(noun)):
            continue
        # (what comes before the comma is one phrase fronted on the verb, from the first word)
        fronted = next((a for a in [noun, *sentence.ancestors(noun)] if a.head == verb.index), None)
        if fronted is None or sentence.subtree(fronted)[0].index != 0:
            continue
        fixes[noun.index] = (verb.index, "nsubj")
    return fixes


def _reports_subject_tagged_as_a_relative_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said in a restoration plan filed with state regulators that crews would restore
    power": *that* read as a relative pronoun on *regulators*, *crews* as its verb and
    *restore* as that verb's complement.  A complement takes no auxiliary of its own:
    the word before *would* is its subject, a noun, and *that* opens the report of the
    verb of saying the relative clause sits under."""
    fixes = {}
    for verb in sentence.words:
        that = next((s for s in sentence.children(verb, "nsubj") if s.lower == "that" and s.index == verb.index - 1),
                    None)
        inner = next((x for x in sentence.children(verb, "xcomp") if x.index > verb.index
                      and any(a.index == verb.index + 1 for a in sentence.children(x, "aux"))), None)
        if that is None or inner is None or verb.deprel != "acl:relcl" or not verb.lower.endswith("s"):
            continue
        saying = next((a for a in sentence.ancestors(verb) if a.upos == "VERB" and a.lemma in lexicon.cue_verbs), None)
        if saying is None or saying.index > verb.index or sentence.children(saying, "ccomp"):
            continue
        fixes[inner.index] = (saying.index, "ccomp")
        fixes[verb.index] = (inner.index, "nsubj", "Number=Plur", "NOUN")
        fixes[that.index] = (inner.index, "mark", "_", "SCONJ")
    # ("told state radio that observers from 14 countries had been invited": *observers*
    # a relative clause's verb on *radio*, with *that* its complementiser, and the report
    # left without a subject)
    for verb in sentence.words:
        that = next((m for m in sentence.children(verb, "mark") if m.lower == "that" and m.index == verb.index - 1),
                    None)
        saying = next((a for a in sentence.ancestors(verb) if a.upos == "VERB" and a.lemma in lexicon.cue_verbs), None)
        if that is None or saying is None or verb.deprel != "acl:relcl" or verb.upos != "VERB" \
                or not verb.lower.endswith("s") or sentence.children(verb, "nsubj", "obj", "aux", "ccomp"):
            continue
        end = sentence.subtree(verb)[-1].index
        inner = next((c for c in sentence.children(saying, "ccomp") if c.index > end
                      and not sentence.children(c, "nsubj", "nsubj:pass", "mark")), None)
        if inner is None:
            continue
        passive = bool(sentence.children(inner, "aux:pass"))
        fixes[verb.index] = (inner.index, "nsubj:pass" if passive else "nsubj", "Number=Plur", "NOUN")
        fixes[that.index] = (inner.index, "mark", "_", "SCONJ")
    return fixes


def _participle_aside_on_the_speaker_read_as_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Engineers who inspected the bridge, known to commuters as “the Rattler,” told an
    inquiry that ...": *known* read as what the engineers told.  A participle with no
    subject, set off by a comma between the speaker and the verb of saying, describes
    the speaker; the report comes after the verb."""
    fixes = {}
    for verb, subject in _sayings_with_subject(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            if subject.index < clause.index < verb.index and clause.upos == "VERB" \
                    and clause.feat("VerbForm") == "Part" and not _has_subject(sentence, clause) \
                    and not sentence.children(clause, "aux", "cop", "mark") \
                    and sentence.words[sentence.subtree(clause)[0].index - 1].text == ",":
                fixes[clause.index] = (subject.index, "acl")
    return fixes


def _given_title_read_as_apposition(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The report, titled “Hidden Fractures,” noted that ...": the title read as an
    apposition of *report*, which would make it the report's name.  What follows a
    participle that gives a title or a name is that participle's complement."""
    fixes = {}
    for participle in sentence.words:
        noun = sentence.head_of(participle)
        if participle.lower not in lexicon.titling_words | TITLE_GIVING_PARTICIPLES or noun is None \
                or participle.base_deprel != "acl" or sentence.children(participle, "obj", "xcomp"):
            continue
        title = next((a for a in sentence.children(noun, "appos")
                      if sentence.phrase_start(a).index == participle.index + 1
                      or sentence.words[participle.index + 1].text in QUOTE_MARKS
                      and sentence.phrase_start(a).index == participle.index + 2), None)
        if title is not None:
            fixes[title.index] = (participle.index, "xcomp")
    return fixes


def _quoted_wording_after_a_titling_word_hung_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"with a sign reading “Let Kids Be Kids,” said her son stopped sleeping": *Let*
    and *Kids* hung on *said* as reports.  What a participle of wording (*reading*,
    *titled*) opens in quotation marks right after it is that participle's
    complement, all of it, however the parser hung its words."""
    fixes = {}
    words = sentence.words
    for participle in words[:-2]:
        opening = words[participle.index + 1]
        if participle.lower not in lexicon.titling_words | TITLE_GIVING_PARTICIPLES or participle.upos != "VERB" \
                or opening.text not in QUOTE_MARKS or sentence.children(participle, "obj", "xcomp", "ccomp"):
            continue
        closing = next((w for w in words[opening.index + 1:] if w.text in QUOTE_MARKS), None)
        if closing is None:
            continue
        inside = range(opening.index + 1, closing.index)
        tops = [w for w in words[opening.index + 1:closing.index]
                if w.head not in inside and w.upos != "PUNCT"]
        if not tops or all(t.head == participle.index for t in tops):
            continue
        fixes[tops[0].index] = (participle.index, "ccomp" if tops[0].upos in ("VERB", "AUX") else "xcomp")
        fixes.update({t.index: (tops[0].index, "xcomp" if t.upos == "VERB" else "dep") for t in tops[1:]})
    return fixes


# participles that give what follows as a name: "a report titled ...", "a storm named ..."
TITLE_GIVING_PARTICIPLES = frozenset({"called", "named", "dubbed", "nicknamed", "billed"})


def _whose_hung_on_its_host(sentence: Sentence, whose: Word, host: Word) -> Fixes:
    words = sentence.words
    owned = next((w for w in words[whose.index + 1:] if w.base_deprel == "nsubj"
                  and all(x.text in QUOTE_MARKS for x in words[whose.index + 1:sentence.phrase_start(w).index])), None)
    verb = sentence.head_of(owned) if owned is not None else None
    if verb is None or verb.upos != "VERB" or verb.base_deprel not in ("ccomp", "conj", "parataxis") \
            or host.index in {w.index for w in sentence.subtree(verb)} or words[whose.index - 1].text != ",":
        return {}
    return {whose.index: (owned.index, "nmod:poss"), verb.index: (host.index, "acl:relcl")}


def _whose_clause_read_apart(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Grace Achterberg, whose husband, Luis, died in the collapse, said ...": *husband*
    read as an apposition and *died* as what was said.  *whose* and its noun open a
    relative clause on the name before the comma: the first verb after that noun phrase,
    with no subject of its own, is the clause's verb and the noun its subject."""
    fixes = {}
    for whose in sentence.words:
        noun = sentence.head_of(whose)
        if whose.lower != "whose" or noun is None or whose.index < 2:
            continue
        if noun.index < whose.index:
            # ("The union, whose ‘Everyone Home’ campaign has run since 2019, announced ...":
            # *whose* hung on the name before it, its noun made the subject of a report)
            fixes.update(_whose_hung_on_its_host(sentence, whose, noun))
            continue
        # (with no comma, on a noun: "said Delia Marsh, 67, a retired postmaster whose
        # house took in four feet of water", the name taken for the subject of *took*)
        comma = sentence.words[whose.index - 1].text == ","
        host = sentence.words[whose.index - (2 if comma else 1)]
        if not comma and host.upos != "NOUN":
            continue
        if host.upos == "NUM" and host.base_deprel == "appos":  # "Rosa Delgado, 67, whose ..."
            host = sentence.words[host.head]
        while host.base_deprel in ("flat", "compound") and host.head > host.index:
            host = sentence.words[host.head]
        end = sentence.subtree(noun)[-1].index
        verb = next((w for w in sentence.words[end + 1:] if w.upos != "PUNCT"), None)
        while verb is not None and verb.base_deprel == "aux" and verb.head > verb.index:
            verb = sentence.words[verb.head]
        if verb is None or verb.upos != "VERB" or host.upos not in ("PROPN", "NOUN") or verb.deprel == "acl:relcl":
            continue
        if noun in sentence.subtree(verb):
            # ("So says Rosa Delgado, 67, whose hip replacement was cancelled ...": the
            # clause, subject and all, read as what the name said)
            saying = sentence.head_of(verb)
            if comma and noun.head == verb.index and noun.base_deprel in SUBJECTS and verb.base_deprel == "ccomp" \
                    and saying is not None and saying.lemma in lexicon.cue_verbs and saying.index < host.index:
                fixes[verb.index] = (host.index, "acl:relcl")
            continue
        subject = next(iter(sentence.children(verb, "nsubj")), None)
        saying = sentence.head_of(verb)
        if subject is not None and subject.index < whose.index and host in sentence.subtree(subject) \
                and verb.base_deprel == "ccomp" and saying is not None and saying.index < subject.index \
                and saying.lemma in lexicon.cue_verbs and len(sentence.children(saying, "nsubj")) == 0:
            # the inverted speaker the parser gave to the relative clause
            fixes[subject.index] = (saying.index, "nsubj")
        elif _has_subject(sentence, verb) or host in sentence.subtree(verb):
            continue
        fixes.update({noun.index: (verb.index, "nsubj"), verb.index: (host.index, "acl:relcl")})
    return fixes


def _predicate_read_as_a_modifier_after_a_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said 87% of members who took part in the ballot backed action": *backed* read as
    an adjective on *action*, the report as one noun phrase, the object of *said*.  After
    a verb that takes no object, a past form between two bare nouns inside that object
    is the report's verb: what comes before is its subject, the noun after its object."""
    for say in _verbs_of_saying(sentence, lexicon):
        if say.lemma not in lexicon.clause_only_verbs:
            continue
        for obj in sentence.children(say, "obj"):
            for verb in sentence.subtree(obj):
                noun = sentence.head_of(verb)
                previous = sentence.words[verb.index - 1]
                if verb.upos != "VERB" or verb.base_deprel != "amod" or verb.feat("Tense") != "Past" \
                        or noun is None or noun.index != verb.index + 1 or previous.upos != "NOUN" \
                        or previous.head != noun.index or obj.index > previous.index:
                    continue
                fixes = {verb.index: (say.index, "ccomp", _as_finite(verb.feats)), obj.index: (verb.index, "nsubj"),
                         noun.index: (verb.index, "obj"), previous.index: (noun.head, noun.deprel)}
                fixes.update({c.index: (previous.index, c.deprel) for c in sentence.children(noun)
                              if c.index < previous.index})
                return fixes
    return {}


def _charge_hung_back_on_the_first_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the estate was ‘unsafe’ and accused ministers of ‘managing the crisis’":
    *of* and the gerund hung back on the first clause, past the verb of accusing and the
    accused (or *of* read as a modifier of the accused).  Right after the accused, *of*
    and a gerund state the charge."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.accusation_verbs or verb.upos != "VERB":
            continue
        for accused in sentence.children(verb, "obj"):
            trailing = [c for c in sentence.children(accused, "nmod", "acl") if c.index > accused.index]
            after = sentence.subtree(accused, exclude=trailing)[-1].index + 1
            of = sentence.words[after] if after < len(sentence.words) else None
            gerund = next((w for w in sentence.words[after + 1:] if w.text not in QUOTE_MARKS), None) \
                if of is not None and of.lower == "of" else None
            if gerund is None or gerund.upos != "VERB" or not gerund.is_ing_form:
                continue
            # (or *of* read as a modifier of the accused, beside the gerund)
            if gerund.head not in {w.index for w in sentence.subtree(verb)} \
                    or gerund.head == accused.index and of.head == accused.index:
                return {gerund.index: (accused.index, "acl", "VerbForm=Ger"), of.index: (gerund.index, "mark")}
    return {}


def _infinitive_hung_on_a_modifier_of_the_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"urged citizens abroad to register by April 3": *abroad* read as the verb's
    predicate and the infinitive hung on it.  After a verb that reports an infinitive
    and the person it is addressed to, a modifier of that person with the infinitive
    right after it leaves the infinitive to the verb."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.infinitival_cue_verbs or verb.upos != "VERB":
            continue
        for addressee in sentence.children(verb, "obj"):
            after = sentence.subtree(addressee)[-1].index + 1
            modifier = next((c for c in sentence.children(verb, "xcomp") if c.index == after
                             and c.upos in ("ADJ", "ADV")), None)
            infinitive = next((c for c in sentence.children(modifier, "advcl", "xcomp")
                               if any(m.lower == "to" and m.index == after + 1 for m in sentence.children(c, "mark"))),
                              None) if modifier is not None else None
            if infinitive is not None:
                return {infinitive.index: (verb.index, "xcomp"),
                        modifier.index: (addressee.index, "amod" if modifier.upos == "ADJ" else "advmod")}
    return {}


def _infinitive_hung_past_the_addressee(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"urged people in the neighborhood locals call “the Flats” to stay off flooded
    roads", "urged residents of neighboring Birch Flat to pack": the infinitive hung on
    a verb inside or after the addressee's phrase (*call*, *neighboring*), after that
    verb's own object.  A verb that reports an infinitive, with an addressee and no
    infinitive of its own, takes the first *to*-infinitive after an object that ends
    such a phrase (a verb right before its infinitive keeps it: "people who want to
    leave")."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.infinitival_cue_verbs or verb.upos != "VERB" \
                or sentence.children(verb, "xcomp", "ccomp"):
            continue
        for addressee in sentence.children(verb, "obj"):
            for infinitive in sentence.words[addressee.index + 1:]:
                host = sentence.head_of(infinitive)
                to = next((m for m in sentence.children(infinitive, "mark") if m.lower == "to" and m.upos == "PART"
                           and m.index == infinitive.index - 1), None)
                if to is None or infinitive.upos != "VERB" or host is None or host.index == verb.index:
                    continue
                inner = next((o for o in sentence.children(host, "obj") if host.index < o.index < to.index), None)
                # (a verb that names, "locals call “the Flats”", takes no infinitive; nor does a
                # time word the tagger took for a verb, "that evening to call")
                naming = host.lemma in lexicon.naming_verbs and inner is not None and inner.upos == "PROPN"
                ends_phrase = inner is not None and sentence.subtree(inner)[-1].index + 1 in (to.index, to.index - 1) \
                    and (host.lemma not in lexicon.infinitival_cue_verbs or naming)
                if (ends_phrase or host.lower in lexicon.time_nouns) and addressee.index < host.index < infinitive.index:
                    return {infinitive.index: (verb.index, "xcomp")}
                break
    return {}


def _charge_read_as_a_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"accused the council of ignoring residents": *ignoring* read as an adjective on
    *residents*.  After a verb of accusing, *of* and a gerund state the charge: the
    gerund heads it, the noun after it is its object."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.accusation_verbs or verb.upos != "VERB":
            continue
        for accused in [verb, *sentence.children(verb, "obj")]:
            for noun in sentence.children(accused, "nmod", "obl"):
                gerund = next((g for g in sentence.children(noun, "amod") if g.upos == "VERB"
                               and g.is_ing_form and g.index < noun.index), None)
                of = next((c for c in sentence.children(noun, "case") if c.lower == "of"), None)
                if gerund is None and of is not None and noun.upos == "NOUN" and noun.is_ing_form:
                    # ("accused the orchestra of “tinkering” with instruments": the gerund read
                    # as a noun, and what it governs hung on the accused)
                    return _gerund_read_as_noun(sentence, verb, accused, noun, of)
                if gerund is None or of is None or of.index != gerund.index - 1:
                    continue
                return {gerund.index: (accused.index, "acl" if accused.index != verb.index else "advcl",
                                       "VerbForm=Ger"),
                        noun.index: (gerund.index, "obj"), of.index: (gerund.index, "mark")}
            # ("accused the union of ‘putting politics before patients’": *of* hung on the
            # gerund's object across the quotation mark)
            for gerund in sentence.children(accused, "acl", "advcl"):
                before = [w for w in sentence.words[:gerund.index] if w.text not in QUOTE_MARKS]
                of = before[-1] if before else None
                if gerund.is_ing_form and of is not None and of.lower == "of" \
                        and of.head > gerund.index and sentence.words[of.head].head == gerund.index:
                    return {of.index: (gerund.index, "mark")}
            # ("accused the groundstaff of preparing ‘a pitch made for one side’": the
            # gerund's object read as an apposition of the accused)
            for gerund in sentence.children(accused, "acl"):
                obj = next((a for a in sentence.children(accused, "appos") if a.index > gerund.index), None)
                if gerund.is_ing_form and any(m.lower == "of" for m in sentence.children(gerund, "mark")) \
                        and obj is not None and not sentence.children(gerund, "obj"):
                    return {obj.index: (gerund.index, "obj")}
    return {}


def _gerund_read_as_noun(sentence: Sentence, verb: Word, accused: Word, gerund: Word, of: Word) -> Fixes:
    fixes = {gerund.index: (accused.index, "acl" if accused.index != verb.index else "advcl", "VerbForm=Ger", "VERB"),
             of.index: (gerund.index, "mark")}
    end = sentence.subtree(gerund)[-1].index
    for following in sorted(sentence.children(accused, "nmod", "obl"), key=lambda w: w.index):
        start = sentence.subtree(following)[0].index
        if following.index > gerund.index and all(w.upos == "PUNCT" for w in sentence.words[end + 1:start]):
            fixes[following.index] = (gerund.index, "obl")
            end = sentence.subtree(following)[-1].index
    return fixes


def _plural_possessive_read_as_punctuation(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The Haulage Drivers’ Union said": the apostrophe of *Drivers’* read as
    punctuation and *Union* as an apposition of *Drivers*.  An apostrophe right
    after a plural noun and before a name (or a common noun: "supporters' groups")
    marks the possessor of that name."""
    words = sentence.words
    for owner, mark, name in zip(words, words[1:], words[2:]):
        if mark.text in ("’", "'") and mark.upos == "PUNCT" and owner.upos in NOMINAL_HEADS \
                and owner.text.endswith("s") and name.upos == "PROPN" \
                and (name.head == owner.index or name.head == owner.head and name.deprel == owner.deprel) \
                and mark.head in (owner.index, name.index) \
                and all(c.index == mark.index or c.index > name.index for c in sentence.children(name)):
            fixes = {name.index: (owner.head, owner.deprel), owner.index: (name.index, "nmod:poss"),
                     mark.index: (owner.index, "case", "_", "PART")}
            fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(owner)
                          if c.base_deprel == "det" or c.index > name.index})
            return fixes
        if mark.text in ("’", "'") and mark.upos == "PUNCT" and owner.upos in NOMINAL_HEADS \
                and owner.text.endswith("s") and name.upos == "PROPN" and mark.head == owner.index \
                and owner.head == name.index and owner.base_deprel == "compound":
            # ("according to the Latvian Dockers' Union, which said": the possessor read as
            # a compound, with the phrase's preposition and determiner hung on it)
            fixes = {owner.index: (name.index, "nmod:poss"), mark.index: (owner.index, "case", "_", "PART")}
            fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(owner)
                          if c.base_deprel in ("det", "case") and c.index < owner.index})
            return fixes
        if mark.text in ("’", "'") and mark.upos == "PUNCT" and owner.upos in NOMINAL_HEADS \
                and owner.text.endswith("s") and name.upos == "NOUN" and mark.head in (owner.index, name.index) \
                and name.head != owner.index and mark.index + 1 == name.index \
                and owner.base_deprel in ("nsubj", "obj", "obl", "nmod") and owner.head != name.index:
            # ("Several supporters' groups had called ..., but one fan said": the possessor
            # read as the subject of a verb further on, the noun it owns as another's)
            fixes = {owner.index: (name.index, "nmod:poss"), mark.index: (owner.index, "case", "_", "PART")}
            fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(owner) if c.index < owner.index})
            fixes.update({c.index: (name.index, c.deprel) for c in sentence.words
                          if c.head == name.index and c.index < owner.index})
            return fixes
    return {}


def _infinitive_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"asked officials to ‘step in immediately’": *step* tagged as a noun after the
    quotation mark.  The particle *to* marks only a verb: the word it marks is an
    infinitive."""
    return {w.index: (w.head, w.deprel, "VerbForm=Inf", "VERB") for w in sentence.words
            if w.upos == "NOUN" and any(m.lower == "to" and m.upos == "PART" and m.index < w.index
                                        for m in sentence.children(w, "mark"))}


def _infinitive_read_as_a_modifier_of_its_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"urged ministers to double emergency funding": *double* tagged as an adjective of
    *funding*, and *funding* taken for the verb *to* marks.  The particle *to* marks an
    infinitive, never an *-ing* form: the word right after it, hung on that form as a
    modifier, is the infinitive, and the *-ing* form a noun, its object."""
    for gerund in sentence.words:
        if gerund.upos != "VERB" or not gerund.is_ing_form:
            continue
        to = next((m for m in sentence.children(gerund, "mark") if m.lower == "to" and m.upos == "PART"), None)
        if to is None or to.index + 1 >= gerund.index:
            continue
        verb = sentence.words[to.index + 1]
        if verb.head != gerund.index or verb.base_deprel not in ("amod", "compound") \
                or verb.upos not in ("ADJ", "NOUN") or sentence.children(gerund, "obj", "aux", "nsubj"):
            continue
        fixes = {verb.index: (gerund.head, gerund.deprel, "VerbForm=Inf", "VERB"),
                 gerund.index: (verb.index, "obj", "Number=Sing", "NOUN", gerund.lower),
                 to.index: (verb.index, "mark")}
        for child in sentence.children(gerund):
            if child.index > to.index and child.index != verb.index and child.index < gerund.index:
                continue  # the object's own modifiers ("emergency") stay on it
            if child.index not in fixes:
                fixes[child.index] = (verb.index, child.deprel)
        return fixes
    return {}


def _participle_inside_the_speaker_read_as_a_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"says the 64-year-old retired postman": *retired* read as a verb, the subject
    of *says*, with *64-year-old* its subject and *postman* its object.  A verb is no
    subject of a verb of saying: with a noun right after it, the participle is an
    adjective of that noun, which heads the speaker's phrase."""
    for say in _verbs_of_saying(sentence, lexicon):
        for verb in sentence.children(say, "nsubj"):
            noun = next((o for o in sentence.children(verb, "obj") if o.index == verb.index + 1
                         and o.upos == "NOUN"), None)
            if verb.upos != "VERB" or noun is None or sentence.children(verb, "aux", "mark", "ccomp") \
                    or not any(s.index < verb.index for s in sentence.children(verb, "nsubj")):
                continue
            fixes = {noun.index: (verb.head, verb.deprel),
                     verb.index: (noun.index, "amod", "Degree=Pos", "ADJ", verb.lower)}
            for child in sentence.children(verb):
                if child.index != noun.index:
                    fixes[child.index] = (noun.index, "amod" if child.base_deprel == "nsubj" else child.deprel)
            # (the article before the age goes with the noun too)
            for child in sentence.children(verb, "nsubj"):
                fixes.update({d.index: (noun.index, "det") for d in sentence.children(child, "det")})
            return fixes
    return {}


def _opening_verb_of_saying_read_as_a_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The Italian insisted Kostadinova could have carried on": *insisted* read as a
    second subject of *carried*, and *The Italian* hung on *Kostadinova*.  A bare verb
    of saying after the sentence's opening words is no subject: it heads the sentence,
    those words are its subject, and the clause after it is its report."""
    for say in _verbs_of_saying(sentence, lexicon):
        host = sentence.head_of(say)
        before = sentence.words[:say.index]
        if say.base_deprel != "nsubj" or host is None or host.index < say.index or sentence.children(say) \
                or not before or any(w.upos in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ") for w in before) \
                or before[-1].upos not in ("NOUN", "PROPN", "ADJ"):
            continue
        if not any(say.index < c.index < host.index for c in sentence.children(host, "nsubj", "nsubj:pass")):
            continue
        speaker = before[-1]
        fixes = {say.index: (host.head, host.deprel), host.index: (say.index, "ccomp"),
                 speaker.index: (say.index, "nsubj", *(("Number=Sing", "NOUN", speaker.lower)
                                                       if speaker.upos == "ADJ" else ()))}
        for word in before[:-1]:
            fixes[word.index] = (speaker.index, {"DET": "det", "ADJ": "amod"}.get(word.upos, "compound"))
        return fixes
    return {}


def _reports_subject_read_as_the_object_of_a_verb_inside_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said she had not known the match would be Kostadinova's last": *the match* read
    as the object of *known*, and *would be ... last* as a second report of *said*.  A
    predicate with a modal and no subject, right after a verb's object, is that verb's
    complement clause, the object its subject."""
    # (a finite verb's: in "warned anyone caught looting empty shops would be charged" the
    # object of the participle is inside the subject)
    for verb in sentence.words:
        if verb.upos != "VERB" or not is_finite(sentence, verb):
            continue
        for noun in sentence.children(verb, "obj"):
            after = sentence.subtree(noun)[-1].index + 1
            if after >= len(sentence.words) or noun.index < verb.index:
                continue
            modal = sentence.words[after]
            clause = sentence.head_of(modal)
            if modal.lower not in MODALS or modal.base_deprel != "aux" or clause is None \
                    or _has_subject(sentence, clause) or sentence.phrase_start(clause).index != after \
                    or verb.index in {w.index for w in sentence.subtree(clause)}:
                continue
            return {noun.index: (clause.index, "nsubj"), clause.index: (verb.index, "ccomp")}
    return {}


def _gerund_subject_of_a_report_read_as_a_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said standing near the hold was “like opening an oven door”": *standing* read as
    a complement of *said*, and *was like opening ...* as an adverbial clause of it.  An
    *-ing* phrase right after a verb of saying, followed at once by a copula whose
    predicate has no subject, is the subject of that predicate, the report."""
    for say in _verbs_of_saying(sentence, lexicon):
        for gerund in sentence.children(say, "xcomp"):
            after = sentence.subtree(gerund)[-1].index + 1
            if gerund.index != say.index + 1 or not gerund.is_ing_form or after >= len(sentence.words):
                continue
            copula = sentence.words[after]
            predicate = sentence.head_of(copula)
            if copula.lemma != "be" or copula.base_deprel != "cop" or predicate is None \
                    or predicate.head != say.index or _has_subject(sentence, predicate):
                continue
            return {gerund.index: (predicate.index, "csubj"), predicate.index: (say.index, "ccomp")}
    return {}


def _quoted_object_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"argued the rise sent ‘exactly the wrong message’ to students already struggling
    with rent": the quoted noun phrase read as an aside of *argued*, not as the object of
    *sent*.  A quoted noun phrase right after a report's verb that has no object is that
    object."""
    for say in _verbs_of_saying(sentence, lexicon):
        for noun in sentence.children(say, "parataxis", "obj"):
            start = sentence.phrase_start(noun).index
            # (the opening mark is often left out of the phrase)
            mark = sentence.words[start] if sentence.words[start].text in QUOTE_MARKS else sentence.words[start - 1]
            if noun.upos != "NOUN" or noun.index < say.index or mark.text not in QUOTE_MARKS:
                continue
            report = next((r for r in sentence.children(say, "ccomp") if r.upos == "VERB"
                           and sentence.subtree(r)[-1].index == mark.index - 1
                           and not sentence.children(r, "obj", "ccomp", "xcomp")), None)
            if report is None:
                continue
            return {noun.index: (report.index, "obj")}
    return {}


def _participle_ending_a_report_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"argued the rise sent ‘the wrong message’ to students already struggling with
    rent": *struggling* read as an adverbial clause of *argued*.  A participle with no
    subject right after a report that ends on a noun, with no comma between, modifies
    that noun."""
    for say in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(say, "ccomp"):
            end = sentence.subtree(report)[-1]
            if end.upos not in NOMINAL_HEADS or report.index < say.index:
                continue
            participle = next((c for c in sentence.children(say, "advcl") if c.upos == "VERB"
                               and sentence.phrase_start(c).index == end.index + 1
                               and c.feat("VerbForm") in ("Part", "Ger") and not _has_subject(sentence, c)), None)
            if participle is not None:
                return {participle.index: (end.index, "acl")}
    return {}


def _writers_gloss_on_a_report_read_as_part_of_it(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"added that the holds carried no hazardous cargo, a claim that some on the quay
    openly doubted": *a claim* read as part of the report, with *some ... doubted* its
    content.  An indefinite word for what was said, after a comma at the end of a
    report, whose *that* clause has a verb of doubting or saying and no object, is the
    writer's comment on the report: *that* is the object of a relative clause."""
    glossing_verbs = lexicon.rejection_verbs | lexicon.cue_verbs
    said_nouns = lexicon.cue_nouns | lexicon.utterance_nouns
    for say in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(say, "ccomp"):
            for noun in sentence.subtree(report):
                if noun.lemma not in said_nouns:
                    continue
                clause = next((c for c in sentence.children(noun, "acl") if c.upos == "VERB"
                               and c.lemma in glossing_verbs
                               and not sentence.children(c, "obj", "ccomp", "xcomp")), None)
                that = next((m for m in sentence.children(clause, "mark") if m.lower == "that"), None) \
                    if clause is not None else None
                if that is None or not any(d.lower in ("a", "an") for d in sentence.children(noun, "det")) \
                        or not sentence.after_comma(noun) or noun.index < report.index:
                    continue
                subject = "nsubj" if sentence.children(clause, "nsubj:pass") else None
                fixes = {noun.index: (say.index, "parataxis"), clause.index: (noun.index, "acl:relcl"),
                         that.index: (clause.index, "obj", "PronType=Rel", "PRON", "that")}
                if subject:
                    fixes.update({c.index: (clause.index, "nsubj") for c in sentence.children(clause, "nsubj:pass")})
                return fixes
    return {}


# prepositions the tagger takes for nouns at the end of a noun phrase
PREPOSITIONS_LIKE_NOUNS = frozenset({"alongside", "beside", "amid", "amidst", "despite", "throughout", "via"})


def _preposition_tagged_as_a_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"watched from the public gallery alongside Kezia Marlow, 34, a care worker":
    *alongside* tagged as a noun with *gallery* its modifier and the name its apposition.
    A preposition is no noun: the noun before it heads the phrase it was hung in, and
    the name after it is an oblique of the verb, with the preposition its case."""
    for word in sentence.words:
        if word.lower not in PREPOSITIONS_LIKE_NOUNS or word.upos != "NOUN":
            continue
        head = sentence.head_of(word)
        inner = next((c for c in sentence.children(word, "appos", "nmod", "compound", "flat")
                      if c.index > word.index and c.upos in NOMINAL_HEADS), None)
        noun = next((c for c in sentence.children(word, "compound", "amod") if c.index == word.index - 1
                     and c.upos == "NOUN"), None)
        if head is None or inner is None or noun is None or inner.index != word.index + 1:
            continue
        fixes = {noun.index: (word.head, word.deprel), word.index: (inner.index, "case", "_", "ADP", word.lower),
                 inner.index: (word.head if head.upos == "VERB" else noun.index, "obl" if head.upos == "VERB" else "nmod")}
        for child in sentence.children(word):
            if child.index not in fixes and child.index < word.index:
                fixes[child.index] = (noun.index, child.deprel)
            elif child.index not in fixes:
                fixes[child.index] = (inner.index, child.deprel)
        return fixes
    return {}


def _time_of_the_saying_hung_on_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Lumora Systems said on Tuesday it would cut about 1,100 jobs": *on Tuesday* hung on
    *cut*.  A phrase of time right after the verb of saying, before the subject of a
    report with no *that*, dates the saying."""
    fixes = {}
    for say in _verbs_of_saying(sentence, lexicon):
        for report in sentence.children(say, "ccomp"):
            subject = next((c for c in sentence.children(report, "nsubj", "nsubj:pass")), None)
            if subject is None or subject.index < say.index or sentence.children(report, "mark"):
                continue
            for when in sentence.children(report, "obl", "obl:tmod"):
                if when.lemma.lower() in lexicon.time_nouns and when.index < subject.index \
                        and sentence.phrase_start(when).index == say.index + 1:
                    fixes[when.index] = (say.index, when.deprel)
    return fixes


def _reports_subject_read_as_a_first_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the government’s offer of a 2.5 per cent rise was ‘an insult ...’": *offer*
    read as a report of its own, and *was ...* as a second report with no subject.  A
    noun phrase reported as a clause, right before a report that opens with its
    auxiliary or copula, is that report's subject."""
    for say in _verbs_of_saying(sentence, lexicon):
        reports = sentence.children(say, "ccomp")
        for first, second in zip(reports, reports[1:]):
            after = sentence.subtree(first)[-1].index + 1
            if after >= len(sentence.words):
                continue
            opening = sentence.words[after]
            if first.upos not in NOMINAL_HEADS or first.index < say.index or sentence.children(first, "cop", "mark") \
                    or opening.head != second.index or opening.base_deprel not in ("aux", "cop") \
                    or any(c.index < opening.index for c in sentence.children(second, "nsubj", "nsubj:pass")):
                continue
            return {first.index: (second.index, "nsubj")}
    return {}


def _quantity_subject_read_as_adverb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said more needed to be done": *more* read as an adverb of *needed*, the
    report left with no subject and its verb taken for a participle.  A quantity
    word right before the subjectless verb of a report is its subject."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for clause in sentence.children(verb, "ccomp"):
            quantity = next((a for a in sentence.children(clause, "advmod") if a.index == clause.index - 1
                             and a.lower in QUANTITY_SUBJECTS), None)
            if quantity is None or _has_subject(sentence, clause) or clause.upos != "VERB" \
                    or clause.feat("Tense") != "Past" or sentence.children(clause, "aux", "aux:pass"):
                continue
            fixes[quantity.index] = (clause.index, "nsubj")
            fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
    return fixes


def _comparative_subject_read_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"noted that fewer than one in five stolen manuscripts is ever recovered": *fewer*
    hung on the verb as an adverb, the clause left without a subject.  A comparative
    with *than* and a number before a subjectless verb opens the subject; the number
    heads it."""
    words = sentence.words
    for word in words[:-2]:
        verb, than, number = sentence.head_of(word), words[word.index + 1], words[word.index + 2]
        # (or a fraction, and a predicate with a copula: "added that more than a third of
        # those referred were first-time users")
        if than.base_deprel == "case" and number.upos == "DET" and sentence.head_of(than) is not None \
                and sentence.head_of(than).upos in ("NOUN", "NUM") and than.head == number.head:
            number = sentence.head_of(than)
        predicate = verb is not None and (verb.upos == "VERB" or sentence.children(verb, "cop"))
        if word.lower in COMPARATIVES and word.base_deprel == "advmod" and predicate \
                and verb.index > word.index and not _has_subject(sentence, verb) \
                and than.lower == "than" and number.upos in ("NUM", "NOUN") and number.head == word.index:
            return _comparative_subject(sentence, word, than, number, verb)
    # (or the quantity hung on the verb of saying, between the *that* of its report and
    # the report: "added that more than a third of those helped were pensioners")
    if not any(w.lower == "than" for w in words):
        return {}
    for number in words:
        than = next((c for c in sentence.children(number, "case") if c.lower == "than"), None)
        word = next((c for c in sentence.children(number, "advmod") if c.lower in COMPARATIVES
                     and than is not None and c.index == than.index - 1), None)
        say = sentence.head_of(number)
        if word is None or say is None or number.upos not in ("NOUN", "NUM") or number.base_deprel != "obl":
            continue
        report = next((c for c in sentence.children(say, "ccomp") if c.index > number.index
                       and not _has_subject(sentence, c)
                       and any(m.lower == "that" and m.index < word.index for m in sentence.children(c, "mark"))),
                      None)
        if report is not None:
            return _comparative_subject(sentence, word, than, number, report)
    return {}


def _comparative_subject(sentence: Sentence, word: Word, than: Word, number: Word, verb: Word) -> Fixes:
    """The fixes that make "fewer than one" (headed by the number) ``verb``'s subject."""
    subject = "nsubj:pass" if sentence.children(verb, "aux:pass") else "nsubj"
    return {number.index: (verb.index, subject), word.index: (number.index, "advmod"),
            than.index: (word.index, "fixed")}


def _comparative_subject_hung_on_the_verb_of_saying(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"She claimed fewer than one in ten stolen paintings was ever recovered": *fewer*
    and the number hung on *claimed*, and *recovered* made its conjunct.  A comparative
    with *than* and a number right after a verb of saying opens its report's subject;
    the subjectless verb after it is the report."""
    words = sentence.words
    for say in _verbs_of_saying(sentence, lexicon):
        if say.index + 3 >= len(words) or sentence.children(say, "ccomp"):
            continue
        word, than, number = words[say.index + 1], words[say.index + 2], words[say.index + 3]
        if word.lower not in COMPARATIVES or than.lower != "than" or number.upos != "NUM" \
                or word.head != say.index or number.head not in (say.index, word.index):
            continue
        verb = next((c for c in sentence.children(say, "conj", "parataxis", "advcl") if c.index > number.index
                     and c.upos == "VERB" and not _has_subject(sentence, c)
                     and not sentence.children(c, "cc", "mark")), None)
        if verb is None:
            continue
        return {**_comparative_subject(sentence, word, than, number, verb), verb.index: (say.index, "ccomp")}
    return {}


def _clause_inside_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs or verb.lemma in lexicon.addressee_verbs or verb.upos != "VERB" \
                or any(is_finite(sentence, c) for c in sentence.children(verb, "ccomp")):
            continue
        obj = next((c for c in sentence.children(verb, "obj", "iobj") if c.index > verb.index), None)
        # (the accused, with the charge, is no clause: "accused the groundstaff of preparing ...")
        if obj is None or verb.lemma in lexicon.accusation_verbs and charges(sentence, verb):
            continue
        # a past form the tagger read as a participle ("the rockets landed") counts:
        # with no complement, "said" has nothing else to report
        # (but one with an agent is passive, a participle: "confirmed the recount requested
        # by Mr Pellow's agent")
        clause = next((w for w in sentence.subtree(obj) if w.deprel == "acl" and w.upos == "VERB"
                       and (w.feat("VerbForm") == "Fin" or w.feat("Tense") == "Past")
                       and not _has_subject(sentence, w)
                       and not any(c.lower == "by" for a in sentence.children(w, "obl:agent")
                                   for c in sentence.children(a, "case"))), None)
        # (not past a noun phrase with no preposition: in "threatens a trade agreement the two
        # neighbours signed", *the two neighbours* is the subject of a relative clause)
        bare = clause is not None and any(
            a.base_deprel == "nmod" and not sentence.children(a, "case")
            for a in [sentence.head_of(clause), *sentence.ancestors(sentence.head_of(clause))]
            if a.index > obj.index and obj.index in {x.index for x in sentence.ancestors(a)})
        if clause is not None and not bare and sentence.head_of(clause).index < clause.index:
            fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
            fixes[obj.index] = (clause.index, "nsubj")
            # the clause's own object, cut off by its quotation marks and hung on the verb of
            # saying ("said his party supported 'the spirit of the bill'")
            stray = next((c for c in sentence.children(verb, "nsubj", "obj") if c.index > clause.index), None)
            if stray is not None and not sentence.children(clause, "obj"):
                fixes[stray.index] = (clause.index, "obj")
            continue
        # "said passengers whose flights had been cancelled would be offered a refund": the
        # predicate taken for the complement of the relative clause inside the subject
        clause = next((w for w in sentence.subtree(obj) if w.deprel == "ccomp" and w.upos in ("VERB", "AUX")
                       and sentence.head_of(w).deprel == "acl:relcl" and sentence.children(w, "aux")
                       # (not the report of a verb of saying there: "a pay rise he says was promised")
                       and sentence.head_of(w).lemma not in lexicon.cue_verbs
                       and not sentence.children(w, "mark") and not _has_subject(sentence, w)), None)
        if clause is not None:
            fixes[clause.index] = (verb.index, "ccomp")
            fixes[obj.index] = (clause.index, "nsubj:pass" if sentence.children(clause, "aux:pass") else "nsubj")
    return fixes


def _predicate_inside_noun_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        for noun in sentence.children(verb, "ccomp"):
            if noun.upos not in NOMINAL_HEADS or sentence.children(noun, "cop", "aux", "nsubj"):
                continue
            phrase = sentence.subtree(noun)
            clause = next((w for w in phrase if w.base_deprel in ("parataxis", "acl") and w.upos == "VERB"
                           and w.index > noun.index and w.feat("VerbForm") != "Ger"
                           and is_finite(sentence, w)), None)
            if clause is None:
                # "The rocket, built by Helion, lifted off ...": the predicate coordinated
                # with the participle aside that describes the noun
                clause = next((w for w in phrase if w.base_deprel == "conj" and w.upos == "VERB"
                               and w.feat("Tense") == "Past" and sentence.after_comma(w)
                               and sentence.head_of(w).base_deprel == "acl"
                               and sentence.head_of(sentence.head_of(w)).index == noun.index), None)
            if clause is None:
                continue
            subjects = sentence.children(clause, "nsubj")
            # "Teachers in the Midlands and the North West will walk out": the last conjunct
            # of the noun's modifier taken for the clause's subject
            if subjects and not sentence.children(subjects[0], "cc"):
                continue
            if subjects:
                before = [w for w in phrase if w.upos in NOMINAL_HEADS and w.index < subjects[0].index
                          and w.base_deprel in ("nmod", "conj")]
                if not before:
                    continue
                fixes[subjects[0].index] = (before[-1].index, "conj")
            fixes[clause.index] = (verb.index, "ccomp", _as_finite(clause.feats))
            fixes[noun.index] = (clause.index, "nsubj")
    return fixes


def _complement_as_adverbial(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if sentence.children(verb, "ccomp"):
            continue
        for clause in sentence.children(verb, "advcl"):
            marks = sentence.children(clause, "mark")
            # a finite clause with its own subject and no subordinator, right after the verb,
            # is no adverbial ("claiming more than 600 vehicles had taken part")
            if not marks and clause.index > verb.index and _has_subject(sentence, clause) \
                    and is_finite(sentence, clause) and sentence.phrase_start(clause).index == verb.index + 1:
                fixes[clause.index] = (verb.index, "ccomp")
                break
            if clause.index < verb.index or [m.lower for m in marks] != ["that"] or marks[0].index == 0:
                continue
            if sentence.words[marks[0].index - 1].lower not in ADVERBIAL_THAT:
                fixes[clause.index] = (verb.index, "ccomp")
                break
    return fixes


def _apposition_of_inverted_speaker(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.cue_verbs:
            continue
        speaker = next((c for c in sentence.children(verb, "nsubj") if c.index > verb.index), None)
        if speaker is None:
            continue
        end = sentence.subtree(speaker)[-1].index
        for other in sentence.children(verb, "ccomp", "obj", "nsubj", "parataxis", "dep", "appos"):
            extent = [w for w in sentence.subtree(other) if w.upos != "PUNCT"]
            if other.upos == "NOUN" and other.index != speaker.index and extent and extent[0].index > end \
                    and sentence.words[extent[0].index - 1].text == "," \
                    and not any(w.upos in ("VERB", "AUX") for w in extent):
                fixes[other.index] = (speaker.index, "appos")
    return fixes


def _verb_of_saying_read_as_adjective_inside_the_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A spokesperson for the Department of Housing Preservation confirmed inspectors
    had cited Halcyon": *confirmed* read as an adjective on *inspectors*, and the
    reported verb made the main one, with the speaker its subject.  A verb of saying
    in the past before the subject and auxiliaries of the main verb is the main verb,
    and the clause it reports is the rest."""
    root = sentence.root()
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        if verb.deprel != "amod" or verb.feat("Tense") != "Past" or verb.lower == verb.lemma \
                or root is None or root.upos != "VERB" or noun is None or noun.index < verb.index \
                or any(w.head != noun.index for w in sentence.words[verb.index + 1:noun.index]) \
                or noun.upos not in NOMINAL_HEADS or root.index <= noun.index:
            continue
        # (the speaker, or both, may be read as the passive's subjects: "A police spokeswoman
        # confirmed two men had been arrested")
        speaker = next((c for c in sentence.children(root, "nsubj", "nsubj:pass") if c.index < verb.index), None)
        between = sentence.words[noun.index + 1:root.index]
        if speaker is None or not all(w.base_deprel in ("aux", "advmod") for w in between) \
                or noun not in [*sentence.subtree(speaker)] and noun.head != root.index:
            continue
        passive = bool(sentence.children(root, "aux:pass"))
        fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), speaker.index: (verb.index, "nsubj"),
                 root.index: (verb.index, "ccomp"), noun.index: (root.index, "nsubj:pass" if passive else "nsubj")}
        # the words before the verb that the parser gave the noun end the speaker's phrase
        # ("of Housing Preservation")
        tail = [c for c in sentence.children(noun) if c.index < verb.index]
        last = max((c for c in tail if c.upos in NOMINAL_HEADS), key=lambda c: c.index, default=None)
        # (on the noun they modified; or, when the parser made that noun the verb's subject,
        # on the speaker's last word before them: "Two people familiar with the club’s
        # thinking said Castlemere had ...")
        # (a modifier of the speaker hung on the reported verb goes back to it: "familiar")
        strays = [c for c in sentence.children(root) if speaker.index < c.index < verb.index and c.index != noun.index
                  and c.upos in ("ADJ", "VERB")]
        fixes.update({c.index: (speaker.index, "amod" if c.upos == "ADJ" else "acl") for c in strays})
        inside = [w for w in [*sentence.subtree(speaker), *strays] if last is not None
                  and w.index < min(c.index for c in tail) and w.upos not in ("PUNCT", "ADP", "DET")]
        inside.sort(key=lambda w: w.index)
        host = sentence.head_of(noun) if noun.head != root.index else (inside[-1] if inside else None)
        if last is not None and host is not None:
            fixes[last.index] = (host.index, "nmod" if host.upos in NOMINAL_HEADS else "obl")
            fixes.update({c.index: (last.index, c.deprel if c.base_deprel in ("case", "det") else "compound")
                          for c in tail if c.index != last.index})
        return fixes
    return {}


def _report_of_the_verb_right_before_that(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the city had no power to stop an appeal, but he warned that landlords
    who “treat tenants as an obstacle” would face more inspections": the clause after
    *warned that* hung on *said*, and its subject made *warned*'s object.  A *that*
    right after a verb of saying opens that verb's report."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        that = sentence.words[verb.index + 1] if verb.index + 1 < len(sentence.words) else None
        clause = None if that is None or that.lower != "that" or that.deprel != "mark" else sentence.head_of(that)
        if clause is None or clause.head == verb.index or clause.base_deprel != "ccomp" \
                or sentence.children(verb, "ccomp") or clause.index < verb.index:
            continue
        fixes[clause.index] = (verb.index, "ccomp")
        obj = next((o for o in sentence.children(verb, "obj") if that.index < o.index < clause.index), None)
        if obj is not None and not _has_subject(sentence, clause):
            fixes[obj.index] = (clause.index, "nsubj")
    return fixes


def _report_hung_past_its_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Pike called the result ‘a dark night’, while Anand said it was ‘the best
    thing’": the clause after *said* hung on *called*.  A clause whose subject follows
    a verb of saying that reports nothing else, right after it, is that verb's report
    (a conjunct's too: "said the search would begin immediately, and insisted the club
    would not “panic-buy” a big name")."""
    fixes = {}
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.lemma not in lexicon.clause_only_verbs or sentence.children(verb, "ccomp", "xcomp", "obj", "parataxis") \
                or verb.index + 1 >= len(sentence.words) \
                or not (_has_subject(sentence, verb) or verb.base_deprel == "conj"):
            continue
        subject = next((w for w in sentence.words[verb.index + 1:verb.index + 5] if w.base_deprel == "nsubj"
                        and sentence.phrase_start(w).index == verb.index + 1), None)
        clause = sentence.head_of(subject) if subject is not None else None
        if subject is None or clause is None or clause.index < verb.index \
                or clause.head == verb.index or verb in sentence.subtree(clause) \
                or clause.base_deprel not in ("parataxis", "conj", "ccomp", "advcl"):
            continue
        fixes[clause.index] = (verb.index, "ccomp")
    return fixes


def _verb_taken_for_adjective(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    root = sentence.root()
    for verb in _verbs_of_saying(sentence, lexicon):
        if verb.deprel != "amod" \
                or root is None or root.index >= verb.index or verb.index < 2:
            continue
        noun, subject = sentence.head_of(verb), sentence.words[verb.index - 1]
        if noun is None or noun.index != verb.index + 1 or noun.upos not in (*NOMINAL_HEADS, "PRON") \
                or root.index == noun.index:
            continue
        conjunction = subject
        clause = next((c for c in sentence.children(noun, "acl", "acl:relcl")
                       if any(m.lower == "that" for m in sentence.children(c, "mark"))), None)
        if conjunction.upos == "CCONJ" and clause is not None and root.upos == "VERB" \
                and not any(c.index > noun.index for c in sentence.children(root, "conj")):
            # "declared a state of emergency and warned residents that the worst ...":
            # the verb coordinated with the main one, the addressee, and its report
            fixes[verb.index] = (root.index, "conj", root.feats)
            fixes[conjunction.index] = (verb.index, "cc")
            fixes[noun.index] = (verb.index, "obj")
            fixes[clause.index] = (verb.index, "ccomp")
            continue
        complement = next((c for c in sentence.children(root, "ccomp") if c.index < verb.index
                           and any(w.index == noun.index for w in sentence.subtree(c))), None)
        if conjunction.upos == "CCONJ" and clause is None and root.lemma in lexicon.cue_verbs \
                and complement is not None and sentence.children(complement, "aux", "cop") \
                and verb.feat("Tense") == "Past" and verb.lower != verb.lemma:
            # "said it was monitoring the situation and reminded airlines of ...": as with
            # a verb of saying coordinated inside the complement, a simple past cannot
            # share the complement's auxiliary; it goes with the speaker's verb
            fixes[verb.index] = (root.index, "conj", _as_finite(verb.feats))
            fixes[conjunction.index] = (verb.index, "cc")
            fixes[noun.index] = (verb.index, "obj")
            continue
        if subject.text == "," and root.upos in NOMINAL_HEADS and root.index < verb.index \
                and not any(w.upos == "VERB" and w.index != verb.index for w in sentence.subtree(root)
                            if w.index < verb.index):
            # "Its president, Denise Akinyemi, urged lawmakers to ...": the speaker, named in
            # apposition, made the root, the verb an adjective of its addressee
            fixes[verb.index] = (-1, "root", _as_finite(verb.feats))
            fixes[root.index] = (verb.index, "nsubj")
            fixes[noun.index] = (verb.index, "obj")
            continue
        if subject.text == "," and verb.index >= 3:
            # ("…,” Ostrow, 58, told reporters": the speaker's aside closes before the verb)
            aside = sentence.words[verb.index - 2]
            host = sentence.head_of(aside)
            if aside.base_deprel in ("appos", "nmod:unmarked") and host is not None and host.index < aside.index:
                subject = host
        if subject.upos not in (*NOMINAL_HEADS, "PRON") or root.index == subject.index:
            continue
        start = sentence.phrase_start(subject).index
        if sentence.words[start - 1].text not in (",", *CLOSING_QUOTES):
            continue
        fixes[verb.index] = (root.index, "parataxis")
        fixes[subject.index] = (verb.index, "nsubj")
        fixes[noun.index] = (verb.index, "obj")
    return fixes


DASHES = frozenset({"-", "--", "—", "–"})


def dateline_length(sentence: Sentence) -> int:
    """How many words at the start of ``sentence`` form a news dateline
    (``BRUSSELS (Reuters) -``, ``(Bloomberg) --``, ``NEW YORK —``, ``KOUROU,
    French Guiana —``, ``PORT ELLICE, May 6 (Tidewater News Service) -``); 0 if none."""
    words, i = sentence.words, 0
    # (a place in capitals, "SAINT-AUBRAC" too; two-letter words are more often
    # abbreviations: "US - China")
    while i < len(words) and words[i].text.isupper() and words[i].text.replace("-", "").isalpha() \
            and len(words[i].text) > 2:
        i += 1
    # then the region or country: "SANTA LUCERA, Valmora (Reuters) -", "KOUROU, French Guiana —",
    # abbreviated too: "PORT ALDINE, N.S. —", "SALEM, Ore. —"
    if 0 < i < len(words) - 2 and words[i].text == ",":
        j = i + 1
        while j < min(i + 4, len(words)) and words[j].text[:1].isupper() and words[j].text.replace(".", "").isalpha():
            j += 1
        # (the date after the region too: "PALGARH, Nemara, Oct 9 (Worldwire) —")
        if j > i + 1 and j + 2 < len(words) and words[j].text == "," and words[j + 1].text[:1].isupper() \
                and words[j + 1].text.rstrip(".").isalpha() and words[j + 2].text.isdigit() \
                and len(words[j + 2].text) <= 2:
            j += 2
        # (or the date: "PORT ELLICE, May 6 (Tidewater News Service) -")
        if j > i + 1 and j < len(words) and words[j].text.isdigit() and len(words[j].text) <= 2:
            j += 1
        if j > i + 1 and j < len(words) and (words[j].text == "(" or words[j].text in DASHES):
            i = j
    place = i
    if i < len(words) and words[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 6, len(words))) if words[j].text == ")"), None)
        if close is not None:
            i = close + 1
    if i == 0 or (i == place and place == 0) or i >= len(words) - 1 or words[i].text not in DASHES:
        return 0
    return i + 1


def _given_name_opening_the_sentence_tagged_as_adjective(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Daniel Okoro, 47, ... said": *Daniel* tagged an adjective on the surname (a
    capital at the start of a sentence tells the tagger nothing).  A known given name
    right before a proper noun it modifies is the first word of that name."""
    if len(sentence.words) < 2:
        return {}
    first, surname = sentence.words[0], sentence.words[1]
    if first.upos in ("ADJ", "NOUN", "X") and first.head == surname.index and surname.upos == "PROPN" \
            and any(first.lower in names for names in lexicon.given_names.values()):
        return {first.index: (surname.index, "compound", "Number=Sing", "PROPN", first.text)}
    return {}


def _dateline(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    length = dateline_length(sentence)
    root = sentence.root()
    if not length or root is None or root.index < length:
        return {}
    inside = range(length)
    tops = [w for w in sentence.words[:length] if w.head not in inside]
    fixes = {w.index: (root.index, "dep") for w in tops}
    # (it runs again once a later repair has found the main verb the dateline held:
    # "KESSINGTON, June 8 (Crestline Sports Wire) - Aurelio Bastida, a ... qualifier, knocked")
    # "BRUSSELS (Reuters) - Regulators opened": the phrase hung on the dateline
    # takes the place the dateline held (here, the subject's)
    orphans = [w for w in sentence.words[length:] if w.head in inside and w.upos != "PUNCT"]
    verb = next((w for w in orphans if w.upos == "VERB" and is_finite(sentence, w)), None)
    if verb is not None and tops and tops[0].head >= 0 \
            and tops[0].head not in {w.index for w in sentence.subtree(verb)}:
        # "SANKT ORELL (APA) - Rescuers pulled seven skiers ..., police said": a clause hung
        # on the dateline, its subject beside it; the clause is the report of the verb
        # the dateline hung on
        host = sentence.words[tops[0].head]
        fixes[verb.index] = (host.index, "ccomp" if host.lemma in lexicon.cue_verbs else "parataxis")
        # (with a subject of its own, a passive one too: "- A 24-year-old man has been charged")
        for subject in ([] if _has_subject(sentence, verb) else orphans):
            if subject.index < verb.index and subject.upos in (*NOMINAL_HEADS, "PRON"):
                fixes[subject.index] = (verb.index, "nsubj")
                break
    elif orphans and tops and tops[0].head not in {w.index for w in sentence.subtree(orphans[0])}:
        # the phrase's head is its last noun before the verb the dateline hung on, the
        # nouns before it its modifiers ("- Cloud-software maker Lumora Systems said")
        nouns = [w for w in orphans if w.upos in NOMINAL_HEADS and w.index < tops[0].head]
        # (not across a comma: "- Estravia's foreign minister, Radek Halvin, resigned" has
        # the name in apposition)
        if len(nouns) > 1 and nouns[-1].upos == "PROPN" and all(n.upos in ("NOUN", "PROPN") for n in nouns) \
                and not any(w.text == "," for w in sentence.words[nouns[0].index:nouns[-1].index]):
            head = nouns[-1]
            fixes.update({n.index: (head.index, "compound") for n in nouns[:-1]})
        else:
            head = orphans[0]
        fixes[head.index] = (tops[0].head, tops[0].deprel)
        # (and an apposition hung on the dateline describes that phrase: "- Aurelio
        # Bastida, a 19-year-old qualifier, knocked")
        fixes.update({o.index: (head.index, "appos") for o in orphans
                      if o.index > head.index and o.base_deprel == "appos"})
    return fixes


def _opens_clause(sentence: Sentence, head: Word) -> bool:
    """Whether the phrase of ``head`` starts the sentence or follows punctuation
    that opens a clause (the comma before it is often attached inside it)."""
    start = sentence.phrase_start(head).index
    return start == 0 or sentence.words[start - 1].text in (",", ";", ":", *CLOSING_QUOTES)


def _name_after_a_role_split_from_its_surname(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"For rancher Earl Whitacre, 67, the knock came at 4 a.m.": *Earl* hung on
    *rancher* as part of its name, *Whitacre* beside *rancher* in the same role.  A
    lower-case noun right before a name whose first part it holds and whose last part
    shares its head and role is the role before the name: the name heads the phrase."""
    words = sentence.words
    for second in words[2:]:
        first = words[second.index - 1]
        role = sentence.head_of(first)
        if role is None or first.base_deprel != "flat" or role.index != first.index - 1 \
                or role.upos != "NOUN" or not role.text.islower() or first.upos != "PROPN" \
                or second.upos != "PROPN" or role.head != second.head or role.deprel != second.deprel \
                or role.head < 0:
            continue
        fixes = {first.index: (role.head, role.deprel), role.index: (first.index, "compound"),
                 second.index: (first.index, "flat")}
        fixes.update({c.index: (first.index, c.deprel) for c in sentence.children(role) if c.index != first.index})
        return fixes
    return {}


def _split_names(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    words = sentence.words
    # "Harlow & Finch": an ampersand joins the parts of one firm's name, not two firms
    for amp in words[1:-1]:
        first, second = words[amp.index - 1], words[amp.index + 1]
        if amp.text == "&" and first.upos == second.upos == "PROPN" and second.base_deprel == "conj" \
                and second.head == first.index:
            fixes[second.index] = (first.index, "flat")
            fixes[amp.index] = (second.index, "cc")
    for first, second in zip(words, words[1:]):
        # (an apposition and a conjunct, too: "Her daughter, Carys Harrow, a paramedic")
        same_role = first.deprel == second.deprel or {first.base_deprel, second.base_deprel} <= {"appos", "conj"}
        if first.upos == second.upos == "PROPN" and first.head == second.head >= 0 \
                and same_role and first.base_deprel not in ("compound", "flat"):
            name_head = fixes.get(first.index, (None,))[0] if first.index in fixes else first.index
            fixes[second.index] = (name_head, "flat")
    # (two conjuncts of the one name before them: "Halvard Air and Skylink Regional", with
    # *Skylink* a conjunct of *Air* and *Regional* one of *Halvard*)
    for first, second in zip(words, words[1:]):
        heads = {first.head, second.head}
        one_name = len(heads) == 1 or any(words[h].base_deprel == "flat" and words[h].head in heads
                                          for h in heads if h >= 0)
        if first.upos == second.upos == "PROPN" and first.base_deprel == second.base_deprel == "conj" \
                and one_name and second.index not in fixes and not sentence.children(second, "cc"):
            fixes[second.index] = (first.index, "flat")
    # (or hung as a list item or bare dependent, never a name part's relation: "his
    # deckhand, Oskar Lind, both say", *Lind* a "list" of *Mr* in "Mr Kettle")
    for first, second in zip(words, words[1:]):
        if first.upos == second.upos == "PROPN" and second.base_deprel in ("list", "dep") \
                and second.head != first.index and second.index not in fixes \
                and first.base_deprel in ("appos", "flat", "conj", "nsubj", "obj", "obl", "nmod"):
            fixes[second.index] = (first.index if first.base_deprel != "flat" else first.head, "flat")
    # (or the first part is a name already: "Dr Marguerite" + "Oyelowo", each an apposition)
    for second in words[2:]:
        first = words[second.index - 1]
        start = sentence.head_of(first) if first.base_deprel == "flat" else None
        if start is not None and second.upos == first.upos == start.upos == "PROPN" and second.index not in fixes \
                and start.head == second.head >= 0 and start.deprel == second.deprel \
                and sentence.subtree(start)[-1].index == first.index:
            fixes[second.index] = (start.index, "flat")
    return fixes


def _copular(sentence: Sentence, word: Word) -> bool:
    return any(c.lemma == "be" for c in sentence.children(word, "cop"))


def _appeals_infinitive_hung_on_a_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"urged anyone who stayed behind to call 911": *to call* read as a purpose clause
    of *stayed*, in the relative clause on the one urged.  A verb of appeal with an
    object and no complement of its own takes the infinitive that ends the relative
    clause on its object, and with it what follows the infinitive."""
    for verb in sentence.words:
        if verb.lemma not in lexicon.infinitival_cue_verbs or verb.upos != "VERB" \
                or sentence.children(verb, "xcomp", "ccomp"):
            continue
        for obj in sentence.children(verb, "obj"):
            for clause in sentence.children(obj, "acl:relcl"):
                infinitive = next((c for c in sentence.children(clause, "advcl") if c.upos == "VERB"
                                   and any(m.lower == "to" for m in sentence.children(c, "mark"))
                                   and not sentence.children(c, "nsubj")), None)
                if infinitive is None:
                    continue
                fixes = {infinitive.index: (verb.index, "xcomp")}
                fixes.update({c.index: (infinitive.index, c.deprel) for c in sentence.children(clause)
                              if c.index > infinitive.index and c.deprel != "punct"})
                return fixes
    return {}


def _infinitive_on_object(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.lemma not in lexicon.infinitival_cue_verbs or verb.upos != "VERB" \
                or sentence.children(verb, "xcomp", "ccomp"):
            continue
        # a verb, not an adjective: finite, or a participle clause hung on another
        # ("..., urging both sides to ..."), but not "Promising efforts to ..."
        if verb.feat("VerbForm") != "Fin" and not sentence.children(verb, "aux") \
                and verb.base_deprel not in ("advcl", "conj", "xcomp", "parataxis"):
            continue
        # (the parser may take the person urged for an indirect object: "told the board to resign")
        for obj in sentence.children(verb, "obj", "iobj"):
            # on the object, or on the verb as a purpose clause right after the object
            # ("urged the union to call off the action")
            after = sentence.subtree(obj)[-1].index + 1
            # (a word after "to" with an object of its own is a verb, whatever its tag:
            # "asked members to lower their voices", *lower* tagged an adverb)
            # (or a copular one: "urged families to be wary of ...")
            # (or on a verb before it: "said she would issue a report and urged ministers to
            # set a deadline", *set* a purpose clause of *issue*)
            stray = [w for w in sentence.words if w.base_deprel == "advcl" and w.head < verb.index
                     and w.upos == "VERB" and sentence.phrase_start(w).index == after]
            clause = next((c for c in sentence.children(obj, "acl") + sentence.children(verb, "advcl") + stray
                           if c.index > obj.index and (c.upos == "VERB" or sentence.children(c, "obj")
                                                       or _copular(sentence, c))
                           and (c.base_deprel == "acl" or sentence.phrase_start(c).index == after)
                           and any(m.lower == "to" for m in sentence.children(c, "mark"))), None)
            if clause is not None:
                fixes[clause.index] = (verb.index, "xcomp") if clause.upos == "VERB" or _copular(sentence, clause) \
                    else (verb.index, "xcomp", "VerbForm=Inf", "VERB", clause.lower)
    return fixes


def _source_after_according_to_read_as_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"According to police, Vetch had no previous convictions": *police* tagged
    as a verb ("to police"), with *according to* its markers.  After *according
    to* comes a noun phrase, the source."""
    words = sentence.words
    for according, to, source in zip(words, words[1:], words[2:]):
        if according.lower == "according" and to.lower == "to" and source.upos == "VERB" \
                and according.head == source.index and not sentence.children(source, "obj", "nsubj"):
            head = source.head if source.head >= 0 else next(
                (w.index for w in words if w.head == source.index and w.base_deprel not in ("mark", "punct", "case")), -1)
            if head < 0:
                return {}
            return {source.index: (head, "obl", "_", "NOUN", source.lower),
                    according.index: (source.index, "case"), to.index: (source.index, "case", "_", "ADP")}
    return {}


def _fronted_participle_read_as_main_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Asked when she first believed it, she pauses before answering.": the
    opening participle made the root and the main clause hung on it.  A
    subjectless past form that opens a sentence heads a fronted phrase when a
    clause with its own subject follows the comma: that clause is the sentence's."""
    root = sentence.root()
    first = next((w for w in sentence.words if w.upos != "PUNCT"), None)
    # (the agent's apposition may be read as a passive subject: "Asked by Oliver Strang, the
    # committee’s deputy chair, whether ...")
    agent = next(iter(sentence.children(root, "obl:agent")), None) if root is not None else None
    appositions = [s for s in sentence.children(root, *SUBJECTS) if agent is not None and s.index > agent.index
                   and s.deprel == "nsubj:pass" and sentence.after_comma(sentence.phrase_start(s))] \
        if root is not None else []
    if root is None or first is None or root.index != first.index or root.upos != "VERB" \
            or root.feat("Tense") != "Past" or sentence.children(root, "aux", "aux:pass") \
            or any(s not in appositions for s in sentence.children(root, *SUBJECTS)):
        return {}
    # (the main clause may hang deeper, on the question: "Asked by Ms Ferrand why he had
    # poured it, the 54-year-old replied", *replied* a conjunct of *poured*)
    main = next((c for c in sentence.subtree(root) if c.head >= 0 and c.deprel in ("parataxis", "conj", "ccomp")
                 and (c.head == root.index or c.deprel != "ccomp") and (sentence.after_comma(c)
                 or any(s.index < c.index and sentence.after_comma(s) for s in sentence.children(c, "nsubj")))), None)
    subject = None if main is None else next(iter(sentence.children(main, "nsubj")), None)
    if main is None or subject is None or main.upos != "VERB" or not is_finite(sentence, main) \
            or not sentence.after_comma(sentence.phrase_start(subject)):
        return {}
    return {main.index: (-1, "root"), root.index: (main.index, "advcl"),
            **{s.index: (agent.index, "appos") for s in appositions}}


def _inverted_condition_read_as_main_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Had anyone told her that she would headline a festival, she would have
    laughed.": *Had* read as the main verb, its subject as its object and the
    participle as its complement.  An auxiliary that opens a sentence which asks
    nothing, before a subject and a participle, inverts a condition (*if anyone had
    told her*): the participle heads an adverbial clause, *had* its auxiliary."""
    first = next((w for w in sentence.words if w.upos != "PUNCT"), None)
    last = sentence.words[-1]
    if first is None or first.text not in INVERTED_CONDITION_AUXILIARIES or last.text == "?":
        return {}
    verb = next((c for c in sentence.children(first, "ccomp", "xcomp", "advcl")
                 if c.upos == "VERB" and (c.feat("VerbForm") == "Part" or c.feat("Tense") == "Past")), None)
    if verb is None:
        return {}
    main = first.head
    fixes = {}
    if main < 0:
        # still the root: the clause after the comma is the sentence's
        after = next((c for c in sentence.children(first) if c.index > verb.index and c.upos == "VERB"
                      and c.deprel in ("parataxis", "conj", "ccomp", "advcl") and sentence.after_comma(c)
                      or c.index > verb.index and c.upos == "VERB"
                      and any(sentence.after_comma(s) for s in sentence.children(c, "nsubj"))), None)
        if after is None:
            return {}
        main = after.index
        fixes[main] = (-1, "root")
    fixes[verb.index] = (main, "advcl")
    fixes[first.index] = (verb.index, "aux", first.feats, "AUX")
    for child in sentence.children(first):
        if child.index not in fixes:
            if child.upos == "PUNCT" and child.index > verb.index:
                fixes[child.index] = (main, child.deprel)
                continue
            relation = "nsubj" if child.index < verb.index and child.deprel in ("obj", "nsubj", "iobj") \
                else child.deprel
            fixes[child.index] = (verb.index, relation)
    return fixes


def _main_verb_after_an_aside_read_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"A senior midwife, who spoke on condition of anonymity, described night shifts
    ...": *described* read as a participle modifying *shifts*, the sentence as one noun
    phrase.  A past form right after the comma that closes the subject's aside, before
    a noun phrase, is the main verb when nothing else is: the noun phrase its object."""
    root = sentence.root()
    if root is None or root.upos not in NOMINAL_HEADS:
        return {}
    verb = next((w for w in sentence.words if w.upos == "VERB" and w.base_deprel == "amod" and w.index > root.index
                 and w.feat("Tense") == "Past" and sentence.words[w.index - 1].text == ","
                 and _modifies_the_next_phrase(sentence, w)), None)
    # (the aside a relative clause, or an apposition: "Dana Whitcombe, president of
    # diabetes care at Corvane Health, blamed pharmacy benefit managers")
    if verb is None or not any(c.base_deprel in ("acl", "appos") and c.index < verb.index
                               for c in sentence.children(root)):
        return {}
    noun = sentence.head_of(verb)
    fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), root.index: (verb.index, "nsubj"),
             noun.index: (verb.index, "obj"), verb.index - 1: (root.index, "punct")}
    last = sentence.words[-1]
    if last.upos == "PUNCT" and last.head == root.index:
        fixes[last.index] = (verb.index, "punct")
    return fixes


def _modifies_the_next_phrase(sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` hangs on the head of the noun phrase right after it, past
    that phrase's own determiners and modifiers ("admitted the trust")."""
    head = sentence.head_of(word)
    return head is not None and head.index > word.index and all(
        w.head == head.index and w.base_deprel in ("det", "amod", "compound", "nummod", "nmod:poss")
        for w in sentence.words[word.index + 1:head.index])


def _verb_after_an_age_read_as_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 41-year-old told reporters that ...": *told* read as a participle
    modifying *reporters*, and the sentence as one noun phrase (or the clause after
    *reporters* made the main one).  *The N-year-old* names a person, and a past form
    right after it, with a noun after that, is the main verb: the age its subject,
    the noun its object, the that-clause (or the clause that follows) its complement.
    When that noun is the subject of the clause after it ("The 52-year-old admitted
    the trust had been too slow"), the clause is the complement and keeps its subject."""
    root = sentence.root()
    verb = next((w for w in sentence.words if w.upos == "VERB" and w.base_deprel == "amod"
                 and w.feat("Tense") == "Past" and w.index > 0 and sentence.words[w.index - 1].lower == "old"
                 and _modifies_the_next_phrase(sentence, w)), None)
    if root is None or verb is None \
            or not AGE_BEFORE.search(" ".join(w.text for w in sentence.words[:verb.index]).replace(" - ", "-")):
        return {}
    age, noun = sentence.words[verb.index - 1], sentence.words[verb.head]
    clause_subject = noun.base_deprel == "nsubj" and noun.head == root.index and root.index > noun.index
    opening = next((w for w in sentence.words[:verb.index] if w.lower == "the"
                    and AGE_BEFORE.search(" ".join(x.text for x in sentence.words[w.index:verb.index])
                                          .replace(" - ", "-"))), None)
    if noun.upos in NOMINAL_HEADS and opening is not None and opening.index > 0 \
            and sentence.words[opening.index - 1].text in CLOSING_QUOTES and root.index < opening.index:
        # "“We held prices ...,” the 51-year-old told shareholders": the attribution after
        # a quote, read inside it; the quote is what the verb reports
        fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), age.index: (verb.index, "nsubj"),
                 noun.index: (verb.index, "obj"), root.index: (verb.index, "ccomp")}
        fixes.update({c.index: (age.index, c.deprel) for c in sentence.children(noun) if c.index < verb.index
                      and c.index != age.index and c.upos != "PUNCT"})
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(root)
                      if c.upos == "PUNCT" and c.index > verb.index})
        return fixes
    if noun.upos not in NOMINAL_HEADS or root.index != noun.index and not clause_subject and (
            root.upos != "VERB" or root.index < noun.index):
        return {}
    fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), age.index: (verb.index, "nsubj")}
    if not clause_subject:
        fixes[noun.index] = (verb.index, "obj")
    for child in sentence.children(noun):
        if child.index < verb.index and child.index != age.index:
            fixes[child.index] = (age.index, child.deprel)
    if root.index == noun.index:
        for child in sentence.children(noun):
            if child.index > noun.index and (child.base_deprel == "acl" and any(
                    m.lower == "that" for m in sentence.children(child, "mark")) or child.upos == "PUNCT"
                    and child.index == len(sentence.words) - 1):
                fixes[child.index] = (verb.index, "ccomp" if child.upos != "PUNCT" else "punct")
    else:
        # "According to the complaint, the 41-year-old told detectives he believed ...":
        # the clause after the object is the complement; what came before is the verb's
        fixes[root.index] = (verb.index, "ccomp")
        for child in sentence.children(root):
            if child.index < noun.index and child.index != verb.index:
                fixes.setdefault(child.index, (verb.index, child.deprel))
    return fixes


def _verb_of_saying_read_as_modifier_of_an_age(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 58-year-old accused the government of ...": the sentence read as one noun
    phrase, the number its root and the verb a participle on *old*.  A verb of saying
    in the past right after *The N-year-old* is the main verb, the age its subject."""
    root = sentence.root()
    verb = next((w for w in _verbs_of_saying(sentence, lexicon) if w.base_deprel == "acl" and w.feat("Tense") == "Past"
                 and w.index > 0 and sentence.words[w.index - 1].lower == "old" and w.head == w.index - 1), None)
    if root is None or verb is None or root.upos not in ("NUM", "ADJ", "NOUN") or sentence.children(root, "cop") \
            or not AGE_BEFORE.search(" ".join(w.text for w in sentence.words[:verb.index]).replace(" - ", "-")):
        return {}
    age = sentence.words[verb.index - 1]
    fixes = {verb.index: (-1, "root", _as_finite(verb.feats)), age.index: (verb.index, "nsubj")}
    if root.index != age.index:
        fixes[root.index] = (age.index, "nummod")
    fixes.update({p.index: (verb.index, "punct") for p in sentence.children(root, "punct")
                  if p.index == len(sentence.words) - 1})
    return fixes


def _verb_of_saying_after_an_age_read_as_modifier_of_the_reports_subject(sentence: Sentence,
                                                                         lexicon: Lexicon) -> Fixes:
    """"Asked whether ..., the 58-year-old countered that monetary policy ‘cannot be
    set for one industry’": *countered* read as a modifier of *policy*, *that* its
    determiner, and the report made the main clause.  A verb of saying in the past
    right after *the N-year-old* and before *that* is the main verb: the age its
    subject, the clause after *that* its report."""
    words = sentence.words
    for verb in _verbs_of_saying(sentence, lexicon):
        noun = sentence.head_of(verb)
        clause = sentence.head_of(noun) if noun is not None else None
        # (or with no *that*, the report's subject right after the verb: "the 58-year-old said
        # arbitration was “on the table”")
        if verb.base_deprel not in ("amod", "acl") or verb.feat("Tense") != "Past" or verb.index + 1 >= len(words) \
                or words[verb.index - 1].lower != "old" \
                or clause is None or noun.index < verb.index or not noun.base_deprel.startswith("nsubj") \
                or words[verb.index + 1].lower != "that" and noun.index != verb.index + 1 \
                or not AGE_BEFORE.search(" ".join(w.text for w in words[:verb.index]).replace(" - ", "-")):
            continue
        age, that = words[verb.index - 1], words[verb.index + 1]
        opening = next(w for w in reversed(words[:verb.index]) if w.lower == "the")
        fixes = {verb.index: (clause.head, clause.deprel, _as_finite(verb.feats), "VERB"),
                 age.index: (verb.index, "nsubj"), opening.index: (age.index, "det"),
                 clause.index: (verb.index, "ccomp")}
        if that.lower == "that":
            fixes[that.index] = (clause.index, "mark", "_", "SCONJ")
        # (what opens the sentence before the age belongs to the verb of saying: "Asked whether ...,")
        fixes.update({c.index: (verb.index, c.deprel) for c in sentence.children(clause)
                      if c.index < opening.index})
        return fixes
    return {}


def _age_number_read_as_the_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 68-year-old, who made her name with ..., says the book took nine years":
    *68* read as the subject and *old* as a complement.  In *the N-year-old* the
    age word is the head; the number only counts the years."""
    fixes = {}
    words = sentence.words
    for number in words[:-4]:
        if number.upos != "NUM" or number.base_deprel not in ("nsubj", "nsubj:pass"):
            continue
        hyphen, year, hyphen2, old = words[number.index + 1:number.index + 5]
        if (hyphen.text, year.lower, hyphen2.text, old.lower) != ("-", "year", "-", "old") or number.head < 0:
            continue
        # (*old* may hang on the number as its apposition: "The 54-year-old, who ...")
        fixes[old.index] = (number.head, number.deprel)
        fixes[number.index] = (year.index, "nummod")
        fixes.update({c.index: (old.index, c.deprel) for c in sentence.children(number) if c.index < number.index})
    return fixes


def _age_read_as_a_modifier_of_the_verb(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 58-year-old denied that ...": *old* read as an adjective on *denied*, which
    is left with no subject.  *The N-year-old* right before a finite verb with no
    subject names a person: that verb's subject."""
    fixes = {}
    words = sentence.words
    for old in words[4:-1]:
        verb = sentence.head_of(old)
        if old.lower != "old" or old.base_deprel != "amod" or verb is None or verb.upos != "VERB" \
                or verb.index != old.index + 1 or _has_subject(sentence, verb) \
                or not is_finite(sentence, verb) and (verb.feat("Tense") != "Past" or sentence.children(verb, "aux")) \
                or [w.text for w in words[old.index - 3:old.index]] != ["-", "year", "-"] \
                or words[old.index - 4].upos != "NUM":
            continue
        fixes[old.index] = (verb.index, "nsubj", "Number=Sing", "NOUN")
        if not is_finite(sentence, verb):
            # (a past form, taken for a participle after the adjective)
            fixes[verb.index] = (verb.head, verb.deprel, _as_finite(verb.feats))
        # (the article and the number, hung anywhere, belong to the age)
        fixes.update({w.index: (old.index, "det") for w in words[:old.index - 4]
                      if w.lower in ("the", "a", "an") and w.index == old.index - 5})
    return fixes


def _verb_of_saying_after_an_age_tagged_as_noun(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"The 61-year-old argues that the letter shows ...": *argues* tagged a noun and
    made the root, with *The 61-year-old* its modifiers and the report a relative
    clause on it.  A form of a verb of saying right after *The N-year-old* is the
    main verb, the age its subject.  So when the report is made the root, with the noun
    for a first subject ("The 52-year-old claims it is the largest Roman shipyard")."""
    root = sentence.root()
    noun = next((s for s in sentence.children(root, "nsubj") if s.upos == "NOUN" and s.index > 0
                 and sentence.words[s.index - 1].lower == "old"
                 and any(o.index == s.index + 1 for o in sentence.children(root, "nsubj"))), None) \
        if root is not None else None
    if noun is not None and lexicon.verb_forms.get(noun.lower) in lexicon.cue_verbs \
            and AGE_BEFORE.search(" ".join(w.text for w in sentence.words[:noun.index]).replace(" - ", "-")):
        age = sentence.words[noun.index - 1]
        fixes = {noun.index: (-1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VERB",
                              lexicon.verb_forms[noun.lower]),
                 age.index: (noun.index, "nsubj"), root.index: (noun.index, "ccomp")}
        fixes.update({c.index: (age.index, c.deprel) for c in sentence.children(noun) if c.index < age.index})
        fixes.update({c.index: (noun.index, c.deprel) for c in sentence.children(root) if c.upos == "PUNCT"
                      and c.index == len(sentence.words) - 1})
        return fixes
    if root is None or root.upos != "NOUN" or root.index == 0 or sentence.words[root.index - 1].lower != "old" \
            or lexicon.verb_forms.get(root.lower) not in lexicon.cue_verbs \
            or not AGE_BEFORE.search(" ".join(w.text for w in sentence.words[:root.index]).replace(" - ", "-")):
        return {}
    age = sentence.words[root.index - 1]
    fixes = {root.index: (-1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VERB",
                          lexicon.verb_forms[root.lower]),
             age.index: (root.index, "nsubj")}
    for child in sentence.children(root):
        if child.index < age.index:
            fixes[child.index] = (age.index, child.deprel)
        elif child.deprel == "acl:relcl" and any(m.lower == "that" for m in sentence.children(child, "mark")):
            fixes[child.index] = (root.index, "ccomp")
    return fixes


def _role_hung_on_the_affiliation(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Dr Elinor Madsen of Brackwell University, the dig’s director": the role
    hung on the university.  A role word in apposition after a person's
    affiliation (*of*/*at*/*from* + a name) describes the person."""
    fixes = {}
    for role in sentence.words:
        affiliation = sentence.head_of(role)
        person = None if affiliation is None else sentence.head_of(affiliation)
        if role.base_deprel != "appos" or role.upos != "NOUN" or role.lemma not in lexicon.title_heads \
                or affiliation.upos != "PROPN" or affiliation.base_deprel != "nmod" or person is None \
                or person.upos != "PROPN" or person.index > affiliation.index \
                or not any(c.lower in ("of", "at", "from") for c in sentence.children(affiliation, "case")):
            continue
        fixes[role.index] = (person.index, role.deprel)
    return fixes


def _shared_role_before_names_read_as_their_head(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Board members Lucia Fenn and Tom Arkwright both said": *members* read as the
    subject, the names as its apposition with no comma between them, and the second
    name as a conjunct of the first one's surname.  A plural role right before the
    names it gives, like a singular one ("Board member Lucia Fenn"), is a title on
    them: the first name heads the list, the role its compound."""
    fixes = {}
    for role in sentence.words:
        if role.upos != "NOUN" or role.lemma not in lexicon.title_heads and role.lemma not in lexicon.occupation_epithets \
                or role.feat("Number") != "Plur":
            continue
        name = next((a for a in sentence.children(role, "appos") if a.index == role.index + 1
                     and a.upos == "PROPN"), None)
        if name is None:
            continue
        parts = [name] + [w for w in sentence.subtree(name) if w.base_deprel == "flat"]
        conjuncts = [c for part in parts for c in sentence.children(part, "conj") if c.upos == "PROPN"]
        if not conjuncts:
            continue
        fixes[name.index] = (role.head, role.deprel)
        fixes[role.index] = (name.index, "compound")
        fixes.update({c.index: (name.index, "conj") for c in conjuncts})
        # (what the role carried after the names is theirs: "both")
        fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(role) if c.index > name.index})
    return fixes


def _apposition_on_a_name_part(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Martin Crewe, a former international who …, said": the apposition hung on
    *Crewe*, a part of the name, and its head (an adjective used as a noun) tagged
    ADJ.  The parts of a name take no dependents of their own; what describes the
    name describes its head word (and what is coordinated with it is coordinated with
    the whole name).  A word with an article heading an apposition is a noun whatever
    its tag."""
    fixes = {}
    for appos in sentence.words:
        name = sentence.head_of(appos)
        # (so is a conjunct: "Mr Kettle and his deckhand, Oskar Lind, both say", *deckhand*
        # hung on *Kettle*)
        if appos.base_deprel == "conj" and appos.upos in ("NOUN", "PROPN") and name is not None \
                and name.upos == "PROPN" and name.base_deprel == "flat" and name.index < appos.index:
            while name.base_deprel == "flat" and (up := sentence.head_of(name)) is not None:
                name = up
            fixes[appos.index] = (name.index, appos.deprel)
            continue
        if appos.base_deprel != "appos" or name is None:
            continue
        if name.upos == "PROPN":
            while name.base_deprel == "flat" and (up := sentence.head_of(name)) is not None:
                name = up
        if appos.upos == "ADJ" and sentence.children(appos, "det"):
            fixes[appos.index] = (name.index, appos.deprel, appos.feats, "NOUN")
        elif name.index != appos.head:
            fixes[appos.index] = (name.index, appos.deprel)
    return fixes


def _titled_name_after_a_list_read_as_two_conjuncts(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Hutchings and her neighbour, retired shearer Col Baxter, both said": *shearer*
    and *Baxter* read as two more conjuncts.  A list takes its conjunction before the
    last conjunct; a role and the name right after it, set off by a comma after that,
    are one phrase (the role before the name, as in "retired shearer Col Baxter")
    describing the last conjunct."""
    fixes = {}
    for role in sentence.words[:-1]:
        if role.base_deprel != "conj" or role.upos != "NOUN":
            continue
        head = sentence.head_of(role)
        name = next((c for c in sentence.words[role.index + 1:] if c.head == role.head and c.base_deprel == "conj"
                     and sentence.phrase_start(c).index == role.index + 1 and c.upos == "PROPN"), None)
        if head is None or name is None \
                or not sentence.after_comma(role) or sentence.children(role, "cc") or sentence.children(name, "cc"):
            continue
        listed = [c for c in sentence.children(head, "conj") if c.index < role.index and sentence.children(c, "cc")]
        if listed:
            fixes[name.index] = (listed[-1].index, "appos")
            fixes[role.index] = (name.index, "compound")
            if head.upos == "NOUN" and head.text[:1].isupper() and not sentence.children(head, "det"):
                # (the first conjunct, a surname the tagger took for a noun: "Hutchings")
                fixes[head.index] = (head.head, head.deprel, head.feats, "PROPN")
    return fixes


def _apposition_taken_for_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for word in sentence.words:
        head = sentence.head_of(word)
        # ("the hospice’s chair of trustees, the Rev Alan Crossley": a name set off by a
        # comma with no preposition is no modifier either)
        if word.deprel == "nmod" and word.upos == "PROPN" and head is not None and head.upos in NOMINAL_HEADS \
                and not sentence.children(word, "case") and word.index > head.index and sentence.after_comma(word):
            fixes[word.index] = (head.index, "appos")
            continue
        # (an age names a person like a noun: "The 61-year-old, a retired accountant, said")
        if word.base_deprel != "conj" or head is None or word.upos not in NOMINAL_HEADS or word.index < 2:
            continue
        conjuncts = [head, *sentence.children(head, "conj")]
        # a list takes its conjunction before the last conjunct: a name set off by a comma
        # after that is no further conjunct ("assistant director of highways and bridge
        # maintenance, Alan Brede, said"; "He and his wife, Sian, both said")
        after_the_list = word.upos == "PROPN" and sentence.after_comma(word) and not sentence.children(word, "cc") \
            and any(sentence.children(c, "cc") and c.index < word.index for c in conjuncts)
        nominal = head.upos in NOMINAL_HEADS or head.upos == "PRON" and after_the_list \
            or head.lower == "old" and head.base_deprel in ("nsubj", "nsubj:pass", "obj")
        if not nominal or any(sentence.children(c, "cc") for c in conjuncts) and not after_the_list:
            continue
        # with no conjunction, a list of three is a person described twice ("Her father,
        # Daniel Holt, a bus driver,"), when one of them is a name
        if len(conjuncts) > 2 and not after_the_list and not (
                head.feat("Number") != "Plur" and any(c.upos == "PROPN" for c in conjuncts)
                and all(sentence.after_comma(c) for c in conjuncts[1:])):
            continue
        if sentence.after_comma(word):
            # "said Meridian’s head of polling, Fiona Drummond": a name describes the
            # whole phrase before it, not the last noun inside it
            while word.upos == "PROPN" and head.base_deprel == "nmod" and (up := sentence.head_of(head)) is not None \
                    and up.upos in NOMINAL_HEADS and up.index < word.index:
                head = up
            # (but after a list of sources, the name is that of the last one: "He and his
            # wife, Sian, both said")
            if after_the_list and word.head == head.index and head.base_deprel != "nmod":
                head = max((c for c in conjuncts if c.index < word.index), key=lambda c: c.index)
            # (and the whole name, not its last part: "Anneliese Korth, 41, a former challenger")
            while head.upos == "PROPN" and head.base_deprel == "flat" and (up := sentence.head_of(head)) is not None:
                head = up
            fixes[word.index] = (head.index, "appos")
    return fixes


def _apposition_of_a_coordination_read_as_its_last_conjunct(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Lena Vidal and Tomasz Reyes, engineers who spent six years on ..., both said":
    *engineers* read as a third conjunct.  A list puts its conjunction before the last
    conjunct; a plural noun set off by a comma after the conjunct that has it
    describes the whole coordination: its apposition."""
    fixes = {}
    for word in sentence.words:
        head = sentence.head_of(word)
        if word.base_deprel != "conj" or word.upos != "NOUN" or word.feat("Number") != "Plur" or head is None \
                or head.upos != "PROPN" or sentence.children(word, "cc") or not sentence.after_comma(word):
            continue
        joined = [c for c in sentence.children(head, "conj") if c.index < word.index
                  and any(w.base_deprel == "cc" for w in sentence.subtree(c))]
        if joined and all(c.upos == "PROPN" for c in sentence.children(head, "conj") if c.index < word.index):
            fixes[word.index] = (head.index, "appos")
    return fixes


def _title_read_as_a_conjunct_of_its_name(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"Korth and fellow grandmaster Rui Tavener both said": *grandmaster* and
    *Tavener* read as two conjuncts of *Korth*, three speakers.  A bare role word
    right before a name is that name's title: one conjunct, the name."""
    fixes = {}
    for role in sentence.words:
        following = sentence.words[role.index + 1] if role.index + 1 < len(sentence.words) else None
        if role.base_deprel != "conj" or role.upos != "NOUN" or following is None or following.upos != "PROPN" \
                or sentence.children(role, "det", "nmod:poss"):
            continue
        # (a former holder too, written solid: "ex-boss Phil Harker")
        word = role.lower.removeprefix("ex-")
        if word not in lexicon.title_heads and word not in lexicon.occupation_epithets:
            continue
        name = following
        while name.head > name.index and sentence.words[name.head].upos == "PROPN" \
                and name.base_deprel in ("flat", "compound"):
            name = sentence.words[name.head]
        if name.head != role.head or name.base_deprel != "conj":
            continue
        fixes[role.index] = (name.index, "compound")
        fixes.update({c.index: (name.index, c.deprel) for c in sentence.children(role, "cc")})
    return fixes


def _simple_past(sentence: Sentence, verb: Word) -> bool:
    """A past verb carrying its own tense: no auxiliary, and past whether the
    tagger called it finite or (wrongly, with no auxiliary) a participle."""
    return verb.upos == "VERB" and verb.feat("Tense") == "Past" \
        and verb.feat("VerbForm") in ("Fin", "Part") and not sentence.children(verb, "aux", "aux:pass")


def _main_verb_in_relative_clause(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    noun = sentence.root()
    if noun is None or noun.upos not in (*NOMINAL_HEADS, "PRON"):
        return {}
    for clause in sentence.children(noun, "acl"):
        pronoun = next((w for w in sentence.children(clause, "nsubj", "nsubj:pass")
                        if w.lower in RELATIVE_SUBJECTS), None)
        if pronoun is None or not sentence.after_comma(pronoun):
            continue
        for verb in sentence.subtree(clause):
            if verb.index <= clause.index or verb.base_deprel not in ("conj", "parataxis") \
                    or sentence.children(verb, "cc") or _has_subject(sentence, verb) \
                    or not sentence.after_comma(verb) or not (_simple_past(sentence, verb)
                                                               or verb.feat("VerbForm") == "Fin"):
                continue
            fixes = {verb.index: (-1, "root"), noun.index: (verb.index, "nsubj")}
            if verb.feat("VerbForm") == "Part":
                fixes[verb.index] = (-1, "root", _as_finite(verb.feats))
            return fixes
    return {}


def _modal(sentence: Sentence, verb: Word) -> bool:
    return any(a.lemma in MODALS for a in sentence.children(verb, "aux"))


def _speech_verb_inside_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for saying in sentence.words:
        if saying.lemma not in lexicon.cue_verbs or not _simple_past(sentence, saying):
            continue
        # (or the report of its communication noun: "said in a statement that the study
        # added to ..., and called on the government to ...")
        accused = charges(sentence, saying) if saying.lemma in lexicon.accusation_verbs else []
        complements = sentence.children(saying, "ccomp") \
            + _reports_of_its_communication_noun(sentence, saying, lexicon) + accused
        for complement in complements:
            if complement.index < saying.index:
                continue
            plain = complement.upos == "VERB" and not sentence.children(complement, "aux", "cop")
            for host in sentence.subtree(complement):
                for verb in sentence.children(host, "conj"):
                    if not _simple_past(sentence, verb) or _has_subject(sentence, verb) \
                            or verb.lower == verb.lemma:  # "cut", "put": the past may be the bare form
                        continue
                    # "would be lifted in sections and taken to a laboratory": a participle with
                    # no object after a passive shares its auxiliaries
                    if sentence.children(host, "aux:pass") and verb.feat("VerbForm") == "Part" \
                            and verb.lemma not in lexicon.cue_verbs and not sentence.children(verb, "obj", "xcomp"):
                        continue
                    # a modal takes a bare verb: "would be cleared, but declined to comment"
                    # cannot share it; a second verb of saying goes with the first
                    # unless the complement's own verb is as plain as it is
                    # (and one after a comma and a conjunction however deep the parser hung it:
                    # "..., and called on the government to fund more research")
                    before = [w for w in sentence.words[:verb.index - 1] if w.text not in CLOSING_QUOTES]
                    set_off = verb.index > 1 and sentence.words[verb.index - 1].upos == "CCONJ" \
                        and bool(before) and before[-1].text == ","
                    if _modal(sentence, host) or (host is complement or set_off) and verb.lemma in lexicon.cue_verbs \
                            and (not plain or set_off or sentence.children(verb, "ccomp")):
                        fixes[verb.index] = (saying.index, "conj", _as_finite(verb.feats))
    return fixes


def _participle_of_saying_inside_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"predicted that the bank would cut twice, noting that surveys had weakened":
    a participle of saying after a comma at the end of a report is the speaker's
    next report (or introduces the next quote after a colon: "..., adding: “...”"),
    whichever verb of the first the parser hung it on."""
    fixes = {}
    for saying in sentence.words:
        # (with its auxiliaries too: "Halvin had denied that the messages were genuine,
        # calling them “a crude fabrication”")
        if saying.lemma not in lexicon.cue_verbs or saying.upos != "VERB" or not (
                saying.feat("VerbForm") == "Fin" or sentence.children(saying, "aux") and saying.base_deprel == "root"):
            continue
        for complement in sentence.children(saying, "ccomp"):
            if complement.index < saying.index:
                continue
            for participle in sentence.subtree(complement):
                # (a participle hung on the complement's last noun, as its modifier, too:
                # "denied there was any rift between the players and the coaching staff,
                # insisting the squad remained ‘completely united’", when it reports)
                modifier = participle.base_deprel == "acl" and bool(sentence.children(participle, "ccomp"))
                if participle.base_deprel not in ("advcl", "conj") and not modifier \
                        or participle.lemma not in lexicon.cue_verbs | lexicon.naming_verbs \
                        or participle.feat("VerbForm") not in ("Ger", "Part") or not participle.is_ing_form \
                        or not sentence.after_comma(participle) or _has_subject(sentence, participle) \
                        or participle.head == saying.index:
                    continue
                # (or a verb of naming with its object: "describing the case as “a wake-up call”",
                # or one that a colon introduces a quote for: "..., adding: “This report ...”")
                following = sentence.words[participle.index + 1] if participle.index + 1 < len(sentence.words) else None
                if sentence.children(participle, "ccomp") or participle.lemma in lexicon.naming_verbs \
                        and sentence.children(participle, "obj") or following is not None and following.text == ":":
                    fixes[participle.index] = (saying.index, "advcl")
                    continue
                # "denied that funding had been frozen, insisting the government had
                # provided ...": the participle hung on its own complement's verb
                host = sentence.head_of(participle)
                own = [w for w in sentence.subtree(host, exclude=[participle]) if w.upos != "PUNCT"]
                if host.index > participle.index and _has_subject(sentence, host) and is_finite(sentence, host) \
                        and own and own[0].index == sentence.subtree(participle)[-1].index + 1:
                    fixes[participle.index] = (saying.index, "advcl")
                    fixes[host.index] = (participle.index, "ccomp")
    return fixes


# the past modals that reported speech shifts "will", "can", "may" to
BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})


def _backshifted_conjunct_outside_complement(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for saying in sentence.words:
        if saying.lemma not in lexicon.cue_verbs or not _simple_past(sentence, saying):
            continue
        complements = [c for c in sentence.children(saying, "ccomp") if c.index > saying.index]
        # (or the report of its communication noun: "said in a statement that it was
        # “deeply disappointed” and would press for an exemption")
        complements += _reports_of_its_communication_noun(sentence, saying, lexicon)
        if not complements:
            continue
        complement = complements[0]
        end = sentence.subtree(complement)[-1].index
        for verb in sentence.children(saying, "conj"):
            # (a past progressive, active or passive: "was cooperating", "were being blamed")
            progressive = verb.feat("VerbForm") == "Part" and (
                verb.feat("Tense") == "Pres" or any(a.lower == "being" for a in sentence.children(verb, "aux:pass")))
            modal = [a for a in sentence.children(verb, "aux") if a.lower in BACKSHIFTED_MODALS | {"had"}
                     or a.lower in ("was", "were") and progressive]
            # "stressed that the study showed an association and could not prove ...", "said
            # it was devastated and had suspended all operations": a subjectless verb with a
            # backshifted modal or pluperfect continues the report, not the saying
            # (even a verb of saying: "said he was devastated and would appeal" -- the
            # speaker's own verb carries no backshifted tense), and so does a past
            # progressive ("said it was heartbroken and was cooperating with investigators")
            # and so does a past copula whose adjective takes an infinitive ("said the
            # committee would publish its report and was likely to recommend a ban")
            copular = verb.upos == "ADJ" and any(c.lower in ("was", "were") for c in sentence.children(verb, "cop")) \
                and any(x.upos == "VERB" for x in sentence.children(verb, "xcomp"))
            # (but a refusal to say more is the speaker's: "said customers could expect ...,
            # but would not say when payments would begin")
            # (not "would not rule anything out": a verb with a particle is another verb)
            refusal = verb.lemma in lexicon.cue_verbs and is_negated(sentence, verb) \
                and not sentence.children(verb, "compound:prt")
            if verb.index > end and (modal or copular) and not refusal and not _has_subject(sentence, verb):
                fixes[verb.index] = (complement.index, "conj")
    return fixes


def _speakers_next_verb_of_saying_read_inside_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said they respected the decision but urged the board to appoint a successor":
    *urged* read as a conjunct inside the report.  A verb of saying in the simple past,
    with no subject and a complement of its own, joined to a report whose verb carries
    no perfect auxiliary it could share, is the speaker's next act: a conjunct of the
    verb of saying (the mirror of the backshifted conjunct, which continues the report)."""
    fixes = {}
    for saying in _verbs_of_saying(sentence, lexicon):
        if not _simple_past(sentence, saying):
            continue
        for report in sentence.children(saying, "ccomp"):
            if report.index < saying.index or any(a.lower in ("had", "has", "have")
                                                  for a in sentence.children(report, "aux")):
                continue
            for verb in sentence.children(report, "conj"):
                if verb.lemma in lexicon.cue_verbs and _simple_past(sentence, verb) \
                        and not _has_subject(sentence, verb) and verb.index > report.index \
                        and sentence.children(verb, "ccomp", "xcomp") and sentence.children(verb, "cc"):
                    fixes[verb.index] = (saying.index, "conj")
    return fixes


def _contrasting_conjunct_read_outside_the_report(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    """"said the plan was “broadly credible” but rested on growth forecasts", "said it was
    monitoring Northfield “closely” but saw no immediate risk": *rested* and *saw* read as
    the speaker's own second act.  After a report, a subjectless verb (not one of saying)
    joined to the verb of saying by *but* qualifies what was said: it continues the
    report."""
    fixes = {}
    speakers_acts = lexicon.cue_verbs | lexicon.withholding_verbs | lexicon.rejection_verbs
    for saying in _verbs_of_saying(sentence, lexicon):
        reports = [c for c in sentence.children(saying, "ccomp") if c.index > saying.index]
        if not reports:
            continue
        end = sentence.subtree(reports[0])[-1].index
        for verb in sentence.children(saying, "conj"):
            cc = sentence.children(verb, "cc")
            # (but not a refusal, the speaker's own act: "but declined to say whether ...")
            if verb.index > end and verb.upos == "VERB" \
                    and verb.lemma not in speakers_acts \
                    and not sentence.children(verb, "xcomp") \
                    and [c.lower for c in cc] == ["but"] and cc[0].index == end + 1 \
                    and not _has_subject(sentence, verb) and verb.feat("VerbForm") in ("Fin", "Part") \
                    and not sentence.children(verb, "aux"):
                fixes[verb.index] = (reports[0].index, "conj")
    return fixes


def _participle_before_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for saying in sentence.words:
        if saying.lemma not in lexicon.cue_verbs:
            continue
        subjects = {s.index for c in sentence.children(saying, "ccomp") for s in sentence.children(c, "nsubj")}
        for word in sentence.children(saying):
            following = sentence.words[word.index + 1] if word.index + 1 < len(sentence.words) else None
            if word.index > saying.index and word.upos == "VERB" and word.feat("VerbForm") in ("Part", "Ger") \
                    and not sentence.children(word) and following is not None and following.index in subjects:
                fixes[word.index] = (following.index, "amod")
    return fixes


def _introduced_by(sentence: Sentence, noun: Word, preposition: str) -> bool:
    return any(c.lower == preposition for c in sentence.children(noun, "case"))


def _with_absolute_subject(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        if verb.upos != "VERB" or verb.feat("VerbForm") not in ("Part", "Ger") or verb.feat("Tense") == "Past" \
                or _has_subject(sentence, verb) or verb.index < 2:
            continue
        start = sentence.phrase_start(verb).index
        before = sentence.words[start - 1] if start > 0 else None
        if before is None or before.upos not in (*NOMINAL_HEADS, "PRON"):
            continue
        # the noun phrase right before the participle, if "with" introduces it
        noun = before
        while not _introduced_by(sentence, noun, "with") and noun.head >= 0 \
                and sentence.subtree(sentence.words[noun.head])[-1].index == before.index \
                and sentence.words[noun.head].upos in (*NOMINAL_HEADS, "PRON"):
            noun = sentence.words[noun.head]
        if _introduced_by(sentence, noun, "with") and noun.index < verb.index \
                and verb.index not in {w.index for w in sentence.subtree(noun)}:
            fixes[noun.index] = (verb.index, "nsubj")
    return fixes


def _passive_subject_without_auxiliary(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for verb in sentence.words:
        subjects = sentence.children(verb, "nsubj:pass")
        # (a "subject" after the verb is more likely a misparse of something else:
        # "Nasser, also known as Abu Naameh, one of ...")
        # a passive participle takes no direct object without a passive
        # auxiliary ("was given a warning"): one that has an object is active;
        # without one, it may be a reduced relative ("the man, also known as Kiko")
        # (nor does one head a complement: "said her children no longer slept through the
        # night", a reduced relative modifies a noun)
        if subjects and all(x.index < verb.index for x in subjects) \
                and (sentence.children(verb, "obj", "xcomp") or _participle_heading_a_report(sentence, verb)) \
                and not sentence.children(verb, "aux:pass") and verb.upos == "VERB" \
                and verb.feat("Tense") == "Past" and verb.feat("VerbForm") == "Part":
            fixes[verb.index] = (verb.head, verb.deprel, _as_finite(verb.feats))
            for subject in subjects:
                fixes[subject.index] = (verb.index, "nsubj")
    return fixes


def _participle_heading_a_report(sentence: Sentence, verb: Word) -> bool:
    """A past form as the verb of a complement right after its verb, with no finite verb
    after it that could be the clause's real one ("ruled that a sample taken during the
    race contained ...") and not set off by a comma ("said £1.4 million, most of it
    raised from donations")."""
    start = sentence.phrase_start(verb)
    # (nor after an aside on its subject: "said the man, also known as Kiko, ...")
    return verb.base_deprel == "ccomp" and start.index > 0 and sentence.words[start.index - 1].text != "," \
        and not any(w.upos == "PUNCT" for w in sentence.words[start.index:verb.index]) \
        and not any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in sentence.words[verb.index + 1:])


def _complement_beside_participle(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    for saying in sentence.words:
        if saying.lemma not in lexicon.cue_verbs or saying.feat("VerbForm") not in ("Ger", "Part") \
                or sentence.children(saying, "ccomp", "xcomp") or saying.index + 1 >= len(sentence.words):
            continue
        # the clause may hang on the participle's governor or higher up ("..., insisting
        # the ball had gone out": *gone* a conjunct of the main clause)
        for clause in (c for governor in sentence.ancestors(saying) for c in sentence.children(governor)):
            start = sentence.phrase_start(clause).index
            if clause.index <= saying.index or start != saying.index + 1 \
                    or clause.base_deprel not in ("advcl", "ccomp", "conj", "parataxis", "dep", "obj") \
                    or sentence.children(clause, "mark") and not any(
                        m.lower == "that" for m in sentence.children(clause, "mark")) \
                    or not is_clause(sentence, clause) or not _has_subject(sentence, clause):
                continue
            fixes = {clause.index: (saying.index, "ccomp")}
            # a participle set off by a comma at the end of the sentence describes the main
            # clause's subject, not a relative clause's ("the corner that led to the goal,
            # insisting ...": the coach insisted)
            root = next((w for w in sentence.words if w.head < 0), None)
            inside_relative = any(a.deprel == "acl:relcl" for a in [saying, *sentence.ancestors(saying)])
            if root is not None and inside_relative and sentence.after_comma(saying) and root.index < saying.index:
                fixes[saying.index] = (root.index, "advcl")
            return fixes
    return {}


def _clause_words_on_a_modifier(sentence: Sentence, lexicon: Lexicon) -> Fixes:
    fixes = {}
    for modifier in sentence.words:
        if modifier.base_deprel not in ("advmod", "amod", "nummod", "det", "cop") or modifier.head < 0:
            continue
        head = sentence.head_of(modifier)
        # "said the board needed “more time to get this right”": a past form with a subject
        # of its own, read as an adjective of the quoted noun after it, is the verb, the noun
        # its object
        if modifier.upos == "VERB" and modifier.base_deprel == "amod" and modifier.feat("Tense") == "Past" \
                and head.index > modifier.index and not _has_subject(sentence, head) \
                and any(s.index < modifier.index for s in sentence.children(modifier, "nsubj")):
            fixes[modifier.index] = (head.head, head.deprel, _as_finite(modifier.feats))
            fixes[head.index] = (modifier.index, "obj")
            continue
        # "revenue would be “significantly below” its earlier forecast": the subject, auxiliary
        # and subordinator hung on *below*.  A modifier heads no clause; what makes one belongs
        # to the predicate it modifies
        # (so does a copula: "there had been “serious irregularities”", *there* and *had* on *been*)
        for word in sentence.children(modifier, "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "cop", "mark"):
            if word.index < modifier.index and not (
                    word.base_deprel in ("nsubj", "expl") and _has_subject(sentence, head)):
                fixes[word.index] = (head.index, word.deprel)
    return fixes


REPAIRS = (_dateline, _given_name_opening_the_sentence_tagged_as_adjective, _name_of_a_body_read_as_two_conjuncts, _place_of_a_role_read_as_a_second_person, _quotation_mark_read_as_a_word, _absolute_with_clause_of_saying_read_as_the_main_clause, _subject_of_an_absolute_with_clause_read_as_oblique, _quoted_wording_after_a_titling_word_hung_apart, _opening_role_read_as_a_clause, _relative_clause_on_the_subject_read_as_complement, _report_read_as_object_of_a_clause_only_verb, _subject_noun_read_as_a_verb_before_its_modifier, _contact_relative_in_an_apposition_read_as_a_clause, _possessor_of_a_relatives_subject_read_as_part_of_the_noun, _contact_relative_read_as_a_participle_on_its_subject, _reduced_relative_read_as_an_adverbial_clause, _reduced_relative_read_as_the_report, _speakers_participle_read_as_a_report_before_the_verb, _participles_object_read_as_the_reports_subject, _clause_after_a_subordinator_read_as_a_noun_phrase, _participle_phrase_read_as_a_modifier_of_its_object, _clause_after_a_preposition_read_as_a_participle, _subject_after_a_subordinator_read_as_an_oblique, _subject_after_a_fronted_phrase_read_as_its_modifier, _reports_subject_tagged_as_a_relative_verb, _participle_aside_on_the_speaker_read_as_the_report, _given_title_read_as_apposition, _whose_clause_read_apart, _predicate_read_as_a_modifier_after_a_relative_clause, _plural_possessive_read_as_punctuation, _charge_read_as_a_modifier, _infinitive_hung_on_a_modifier_of_the_addressee, _infinitive_hung_past_the_addressee, _infinitive_tagged_as_noun, _infinitive_read_as_a_modifier_of_its_object, _participle_inside_the_speaker_read_as_a_clause, _opening_verb_of_saying_read_as_a_subject, _reports_subject_read_as_the_object_of_a_verb_inside_it, _gerund_subject_of_a_report_read_as_a_complement, _quoted_object_hung_on_the_verb_of_saying, _writers_gloss_on_a_report_read_as_part_of_it, _preposition_tagged_as_a_noun, _time_of_the_saying_hung_on_the_report, _reports_subject_read_as_a_first_report, _subject_after_a_preposition_read_as_its_object, _adverbial_clause_read_as_the_report, _subject_with_a_gerund_read_as_addressee, _report_read_inside_an_infinitive_on_the_addressee, _gerunds_object_read_as_a_second_object, _quantity_subject_read_as_a_modifier, _plural_subject_tagged_as_verb, _report_read_as_a_relative_clause_on_a_second_object, _clause_of_a_noun_read_as_a_second_report, _complement_noun_read_as_the_subject_of_its_clause, _first_conjunct_of_a_report_read_as_a_noun_phrase, _auxiliary_cut_off_by_an_aside, _subject_hung_on_auxiliary, _noun_after_that_tagged_as_verb, _text_noun_in_ing_tagged_as_a_participle, _verb_after_an_age_read_as_modifier, _verb_of_saying_read_as_modifier_of_an_age, _verb_of_saying_after_an_age_read_as_modifier_of_the_reports_subject, _verb_of_saying_after_an_age_tagged_as_noun, _age_number_read_as_the_subject, _age_read_as_a_modifier_of_the_verb, _organization_noun_tagged_as_verb, _case_marker_on_a_verb, _subject_of_a_coordinated_clause_read_as_conjunct, _subject_read_as_complement, _noun_taken_for_the_object_of_an_aside, _clause_words_on_a_modifier, _participle_inside_the_speaker_read_as_a_clause, _nominal_adjective_read_as_clause, _verb_of_saying_hung_on_its_complement, _gerund_of_saying_hung_on_its_report, _measure_before_a_quoted_predicate_read_as_a_second_report, _verb_of_saying_inside_the_speakers_relative_clause, _verb_of_saying_inside_an_aside_of_its_subject, _subject_hung_on_the_closing_attribution, _report_after_the_addressee_hung_on_an_outer_verb, _purpose_clause_read_as_a_conjunct_of_the_verb_of_saying, _prepositional_phrase_read_as_a_second_report, _words_of_the_quote_hung_on_the_verb_after_it, _gesture_read_as_noun, _name_before_relative_clause_tagged_as_modifier, _source_after_according_to_read_as_verb, _fronted_participle_read_as_main_verb, _inverted_condition_read_as_main_verb, _main_verb_after_an_aside_read_as_modifier, _infinitive_hung_past_the_addressee, _dateline, _role_noun_read_as_verb, _role_modifier_read_as_verb, _opening_rank_read_as_a_participle, _capitalised_title_word_read_as_verb, _addressee_tagged_as_verb, _reports_subject_read_as_the_report, _adverbial_inside_the_report_hung_on_the_verb_of_saying, _possessor_read_as_the_subject_of_a_participle, _apposition_read_as_a_second_adjunct, _hyphenated_part_hung_apart, _postnominal_adjective_hung_apart, _participle_of_saying_tagged_as_noun, _closing_verb_of_saying_tagged_as_noun, _coordinated_verb_of_saying_tagged_as_noun, _name_after_a_role_split_from_its_surname, _split_names, _shared_role_before_names_read_as_their_head, _apposition_on_a_name_part, _role_hung_on_the_affiliation, _role_noun_read_as_a_second_adjunct, _role_noun_read_as_adjective, _name_tagged_as_modifier, _name_word_taken_for_a_verb, _name_taken_for_an_auxiliary, _coordinated_relative_clause_read_as_the_report, _predicate_adjective_read_as_a_modifier, _inner_report_read_as_a_second_report, _reports_subject_read_as_an_object, _time_word_read_as_the_object_of_the_verb_of_saying, _participle_of_saying_coordinated_with_a_noun, _compound_noun_tagged_as_verb, _subordinate_clause_hung_on_the_next_conjunct, _report_of_a_participle_on_a_noun_read_apart, _participle_of_saying_hung_on_a_thing, _speaker_with_a_role_before_the_name_read_as_a_noun_phrase, _apposition_of_a_name_read_as_a_conjunct_of_the_verb, _reports_subject_read_as_a_second_subject_of_the_verb, _inverted_speaker_read_as_a_complement, _past_verb_tagged_as_noun_in_a_report, _time_noun_tagged_as_verb, _adjectives_clause_read_as_a_second_report, _parenthetical_attribution_read_as_a_second_complement, _clause_read_as_the_subject_of_its_participle, _finite_verb_coordinated_with_a_noun, _first_clause_read_as_the_report_of_the_second, _fronted_relative_clause_read_as_the_report, _verb_after_a_role_read_as_modifier, _name_taken_for_a_gerund, _opening_participles_object_read_as_the_subject, _as_clauses_subject_read_as_oblique, _clause_after_semicolon, _introduction_before_a_colon_hung_on_the_quote, _present_verbs_after_the_speakers_apposition_tagged_as_nouns, _main_verb_after_a_fronted_participle_tagged_as_noun, _modifier_inside_the_subject_read_as_a_second_subject, _oblique_after_a_quote_read_as_a_second_report, _comment_read_as_complement,
           _second_verb_read_as_adjective, _infinitive_read_as_a_modifier_of_its_object, _complement_read_as_relative_clause, _complement_read_as_conjunct, _subject_begun_by_a_coordinator, _report_read_as_the_head_of_its_verb_of_saying, _relative_clause_read_as_a_second_subject, _report_inside_relative_clause, _addressee_read_inside_the_report, _report_read_as_relative_clause_after_the_verb, _verb_cut_off_from_its_auxiliary_by_a_quote_mark, _reports_subject_read_as_a_relative_verb, _subject_of_the_report_read_as_relative_clause, _infinitive_conjunct_hung_on_the_verb_of_saying, _conjunct_repeating_the_reports_auxiliary_hung_on_the_main_verb, _modal_split_from_its_verb, _apposition_read_as_clause, _complement_read_as_object_and_predicate, _coordinated_clause_read_as_adverbial, _verb_of_a_clause_tagged_as_noun, _verb_of_a_report_tagged_as_the_object, _complement_on_adjunct, _reports_subject_read_as_object_of_its_relative_clause, _reports_subject_hung_on_the_addressee, _report_cut_after_its_subject, _second_that_clause_read_as_a_conjunct_of_the_main_verb, _coordinated_complements, _comparative_hung_on_the_verb, _comparative_subject_read_as_modifier, _comparative_subject_hung_on_the_verb_of_saying, _quantity_subject_read_as_adverb,
           _object_before_its_verb,
           _clause_read_as_two_objects, _clause_read_as_noun_phrase, _report_read_as_noun_after_the_addressee,
           _complement_split_off, _complement_hung_on_the_verb_of_saying,
           _parenthetical_between_dashes, _verb_of_saying_read_as_adjective_inside_the_subject, _report_of_the_verb_right_before_that, _report_hung_past_its_verb, _verb_taken_for_adjective, _charge_hung_back_on_the_first_clause, _passive_subject_without_auxiliary,
           _appeals_infinitive_hung_on_a_relative_clause, _infinitive_on_object,
           _title_read_as_a_conjunct_of_its_name, _titled_name_after_a_list_read_as_two_conjuncts, _apposition_taken_for_conjunct, _name_in_apposition_hung_past_the_person, _apposition_of_a_coordination_read_as_its_last_conjunct, _subject_of_a_split_quote, _quoted_clause_taken_for_the_speaker, _quote_taken_for_a_second_subject, _closing_attribution_hung_inside_the_report, _verb_of_saying_read_as_adjective_of_the_reports_subject, _role_turned_role_read_as_a_clause, _floating_quantifier_read_as_subject, _several_subjects, _past_verb_tagged_as_noun_before_the_attribution, _name_after_an_office_read_as_its_complement, _fronted_description_read_as_subject, _fronted_subject_read_as_apposition_of_the_speaker, _speakers_subject_hung_on_the_report, _addressee_read_as_object_of_the_report, _personal_relative_clause_hung_inside_a_role,
           _complement_as_adverbial, _gerund_subject_read_as_the_report, _gerund_object_read_as_the_reports_subject, _relative_clause_read_as_the_main_clause, _report_read_as_bare_infinitive, _participle_aside_read_as_the_report, _clause_inside_object, _quoted_object_hung_on_the_verb_of_saying, _participle_ending_a_report_hung_on_the_verb_of_saying, _predicate_inside_noun_complement, _subject_taken_as_argument, _role_noun_read_as_verb,
           _condition_cut_off, _relative_clause_as_complement, _subject_hung_before, _role_before_an_apposed_name_read_as_verb, _second_verb_read_as_adjective, _relative_pronoun_read_as_apposition, _date_of_saying_inside_the_complement, _purpose_clause_read_as_complement, _words_before_that_hung_inside_the_complement, _complementiser_read_as_determiner, _writer_comment_inside_the_complement, _subject_hung_after_the_verb, _coordinated_saying_read_as_complement, _coordinated_clause_read_as_complement, _second_clause_with_its_speaker_read_inside_the_first, _subject_of_a_fronted_report_taken_for_the_speakers, _verb_of_saying_read_as_participle_on_its_subject, _pointing_so_read_as_the_subject, _apposition_of_a_name_hung_above_it, _subject_read_as_a_modifier_of_the_fronted_phrase, _inverted_speaker_read_as_complement, _role_before_inverted_speaker_read_as_object, _inverted_asker_read_as_addressee, _participle_of_an_inverted_title_read_as_a_verb, _participle_of_a_title_in_apposition_read_as_a_verb, _role_word_read_as_a_second_object, _adjective_in_the_speaker_read_as_a_verb, _speaker_hung_inside_the_quote, _addressee_read_as_subject_after_a_quote, _report_verb_read_as_a_modifier_of_its_object, _inverted_speaker_hung_inside_the_quote,
           _subject_inside_fronted_phrase, _subject_read_as_oblique, _speaker_read_as_apposition_of_the_reports_subject, _closing_speaker_read_as_apposition_of_the_reports_subject, _fronted_adjunct_before_parenthetical_attribution, _parenthetical_attribution_read_as_adverbial, _closing_attribution_read_as_adverbial, _reports_subject_before_a_parenthetical_attribution_read_as_its_subject, _question_word_hung_before, _question_read_as_an_adverbial_of_asking, _subject_read_as_apposition_of_fronted_phrase, _fronted_description_with_a_relative_clause_read_apart, _subject_read_as_oblique_before_parenthetical_attribution, _subject_read_as_apposition_of_fronted_adjunct, _speakers_role_read_as_apposition_inside_fronted_clause, _subject_before_parenthetical_attribution, _subject_read_as_apposition_of_the_fronted_source, _subject_read_as_apposition_inside_fronted_adjunct, _apposition_of_fronted_phrase_read_as_subject,
           _role_read_as_modifier_of_its_organization,
           _apposition_hung_on_the_subjects_modifier,
           _main_verb_in_relative_clause, _speech_verb_inside_complement, _participle_of_saying_inside_complement,
           _backshifted_conjunct_outside_complement, _speakers_next_verb_of_saying_read_inside_the_report, _contrasting_conjunct_read_outside_the_report,
           _complement_beside_participle, _participle_before_subject, _with_absolute_subject,
           _apposition_of_inverted_speaker, _speaker_hung_on_the_quote, _speaker_read_as_the_subject_of_the_reporters_question,
           _apposition_of_one_hung_on_the_group, _main_clause_read_as_the_report_of_a_whose_clause,
           _role_and_name_hung_side_by_side,
           _auxiliary_cut_off_by_a_parenthetical_attribution, _reports_verb_read_as_a_participle_on_a_second_subject,
           _closing_participle_of_saying_hung_inside_the_report, _apposition_hung_past_the_name_before_it,
           _comment_with_a_contact_relative_read_as_a_second_report, _report_hung_on_a_noun_in_the_verbs_adjunct,
           _second_verb_of_saying_read_as_a_conjunct_of_the_report, _reports_subject_with_a_participle_read_as_the_object,
           _report_opened_by_demonstrative_that_read_as_relative_clause,
           _possessor_of_the_reports_subject_read_as_the_object, _who_clause_after_an_apposition_hung_inside_it,
           _addressees_last_name_word_read_as_a_subject, _report_continued_by_a_conjunct_of_the_verb_of_saying,
           _comma_hung_outside_the_phrase_around_it)
