-- Pandoc's notes as CSS Paged Media wants them: the note's text in a span where it is called, which the stylesheet
-- floats to the foot of the page (float: footnote); the call and the note's number are the polyfill's own.
function Note(el)
  return pandoc.Span(pandoc.utils.blocks_to_inlines(el.content), {class = "footnote"})
end
