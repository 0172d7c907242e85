## Site-wide
language-name = English
site-name = codeatlas
site-tagline = SIP response codes and HTTP status codes, explained with the RFCs at hand
skip-to-content = Skip to content
nav-main = Main
nav-breadcrumbs = Breadcrumbs
nav-language = Language
breadcrumb-home = Home
footer-about = Reason phrases follow the IANA registries; definitions cite the RFC sections they rest on.
footer-source = Content is written by contributors in YAML; corrections are welcome.

# What separates two sentences in one paragraph.
sentence-gap = { " " }
## Classes of response codes
class-label = { $digit }xx { $name }
class-provisional = Provisional
class-success = Success
class-redirection = Redirection
class-client-failure = Request Failure
class-server-failure = Server Failure
class-global-failure = Global Failure
class-informational = Informational
class-successful = Successful
class-client-error = Client Error
class-server-error = Server Error

## Registry status
status-deprecated = Deprecated
status-obsoleted = Obsoleted
status-temporary = Temporary registration
status-unused = Unused (reserved)

## Record sections
heading-description = Description
heading-appears_when = When you see this code
heading-resolution = What to do
heading-references = References
heading-differences = Key differences
heading-which_to_use = Which to use when
fallback-note = This section has not been translated yet, so it is shown in English.

## Home
home-title = codeatlas: SIP response codes and HTTP status codes explained
home-description = What every SIP response code and HTTP status code means, when you see it and what to do about it, with side-by-side comparisons of any two codes.
home-heading = SIP response codes and HTTP status codes, explained
home-intro = Look up a code to see what it means, when it appears in practice and what to do about it, or compare two codes side by side.
home-registry-count = { $codes ->
    [one] One code
   *[other] { $codes } codes
} and { $pairs } comparisons

## Registry index
# $term is the registry's name for its codes: `status` (HTTP, RFC 9110) or `response` (SIP, RFC 3261).
registry-codes = { $term ->
    [status] { $registry } status codes
   *[other] { $registry } response codes
}
registry-title = { $term ->
    [status] { $registry } status codes
   *[other] { $registry } response codes
}
registry-description = { $term ->
    [status] All { $count } { $registry } status codes grouped by class, each with a one-line summary.
   *[other] All { $count } { $registry } response codes grouped by class, each with a one-line summary.
}
registry-heading = { $term ->
    [status] { $registry } status codes
   *[other] { $registry } response codes
}
registry-intro = { $term ->
    [status] All { $count } { $registry } status codes are listed here, grouped by class.
   *[other] All { $count } { $registry } response codes are listed here, grouped by class.
}

## Code page
code-title = { $registry } { $code } { $reason }
code-class-line = { $code } is a { $class } response.
code-status-line = { $status ->
    [deprecated] The IANA registry marks this code as deprecated.
    [obsoleted] The IANA registry marks this code as obsoleted.
    [temporary] This is a temporary IANA registration.
   *[unused] The IANA registry lists this code as unused: it is reserved and not assigned.
}
code-expires-line = The registration expires on { $expires }.
compare-heading = Compare { $code } with another code
compare-curated = Commonly compared with { $code }
compare-all = Every other { $registry } code

## Pair page
pair-title = { $registry } { $a } vs { $b }
pair-title-long = { $registry } { $a } { $a_reason } vs { $b } { $b_reason }
pair-intro = { $a } ({ $a_reason }) is a { $a_class } response, while { $b } ({ $b_reason }) is a { $b_class } response.
pair-intro-same-class = { $a } ({ $a_reason }) and { $b } ({ $b_reason }) are both { $class } responses.
pair-generated-note = No one has written a comparison of these two codes yet. The table sets out what their records say; the sections below give each code in full.
pair-row-class = Class
pair-row-meaning = Meaning
pair-row-references = References
pair-row-status = Registry status
pair-status-assigned = Assigned
pair-which-generated = The right action depends on which of the two you actually received:
pair-which-if = If you received { $code } ({ $reason })
pair-code-heading = { $code } { $reason }
pair-read-more = Full page for { $code } { $reason }

## Root and 404
root-title = codeatlas: choose a language
root-heading = Choose a language
notfound-title = Page not found
notfound-heading = This page does not exist
notfound-text = The address may be mistyped, or the page may have moved. Start from one of the registries below.

## Search, compare, anchors
search-label = Search codes
search-placeholder = Search by code, name or words, e.g. 437
search-found = { $n ->
    [one] One result
   *[other] { $n } results
}
search-none = No results
compare-label = Compare { $code } with
compare-button = Compare
anchor-label = Link to this section
og-locale = en_US

## Translation status
stale-note = The original text has changed since this section was translated.
stale-link = Read the current version

## Message flows: the participants' roles (`role-<role>`); a numbered
## participant (`proxy2`) shows as its role and number.
role-caller = Caller
role-callee = Callee
role-ua = User agent
role-proxy = Proxy
role-registrar = Registrar
role-redirect = Redirect server
role-notifier = Notifier
role-b2bua = B2BUA
role-sbc = SBC
role-gateway = Gateway
role-pstn = PSTN switch
role-client = Client
role-browser = Browser
role-server = Server
role-origin = Origin server
role-cdn = CDN
role-cache = Cache
flow-participant-numbered = { $role } { $number }

## Message flows on pages
heading-flow = Message flow
heading-flows = Message flows
flow-title = Message flow of { $code } { $reason }
flow-title-pair = { $a } and { $b } in one exchange
flow-steps = The steps as text
flow-step-message = { $from } → { $to }: { $label }
flow-step-note = { $who }: { $text }
flow-who-two = { $a } and { $b }
flow-who-range = { $first } to { $last }

## Header fields, example, libraries, related codes
heading-headers = Header fields
headers-col-field = Field
headers-col-level = Requirement
headers-col-note = What it carries
headers-col-source = Source
headers-in-request = in the request
headers-none = The RFCs tie no header field to { $code } beyond those every response carries.
level-must = MUST
level-should = SHOULD
level-may = MAY
level-must-not = MUST NOT
heading-example = Example
example-copy = Copy the exchange
example-copied = Copied
heading-libraries = Names in code
libraries-col-library = Library
libraries-col-name = What you write
heading-related = Related codes
pair-row-headers = Header fields
pair-headers-none = None beyond those every response carries
# Between the items of a short inline list of links.
list-separator = ,{" "}

## Translation status page and edit links
footer-translation = Translation status of this site
translation-title = Translation status
translation-description = How much of codeatlas is translated into each language, and which texts are stale or not translated yet.
translation-intro = Every text on codeatlas is written in English first. For each language, this page counts the texts translated from the current English, the stale ones (translated from an older version of the English) and the missing ones, which pages show in English.
translation-how = To translate, follow “Translating” in CONTRIBUTING.md: export a PO file with codeatlas l10n export, translate it in Poedit, Weblate or Crowdin, and import it with codeatlas l10n import.
translation-languages = Languages
translation-col-language = Language
translation-col-texts = Record and comparison texts
translation-col-messages = Interface messages
translation-col-translated = Translated
translation-col-stale = Stale
translation-col-missing = Missing
translation-col-percent = Up to date
translation-percent = { $percent }%
translation-col-kind = Kind of text
translation-todo = Left to translate or update
translation-col-page = Page
translation-col-source = Source
translation-edit-file = Edit the file
translation-all-done = Every text here is translated from the current English.
translation-col-message = Message
translation-col-state = State
translation-col-file = File
translation-messages-done = Every interface message is translated from the current English.
pair-name = { $a } vs { $b }
edit-page = Edit this page
edit-code = Edit the text of { $code }
fallback-translate = Translate it
