// The portal page: a year's summary as charts and tables, its paragraphs by action line, its documents live, uploads,
// reviewers' corrections and the draft report. Plain ES module over the platform's HTTP API (same origin).
const $ = (selector) => document.querySelector(selector);
const base = document.querySelector('meta[name="wsis-api"]')?.content || "";

/** The address of an API path (relative "api/..." or absolute "/api/..." from a Link header) on the API's origin. */
const at = (path) => new URL(path, base || location.href).href;
const charts = {};
let summary = null;
let pollTimer = null;
const pending = new Set();

/**
 * The function key the API's writes need in Azure (the local host asks for none): asked for at the first write the
 * API refuses with 401, then kept for this browser tab only, never written into the page or the address.
 */
const functionKey = {
  get: () => sessionStorage.getItem("wsis-function-key"),
  set: (key) => sessionStorage.setItem("wsis-function-key", key),
};

/** Asks for a function key in the page's dialog; resolves to whether one was given. */
function askForKey() {
  const dialog = $("#key-dialog");
  dialog.querySelector("input").value = "";
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener("close", () => {
    const key = dialog.querySelector("input").value.trim();
    if (dialog.returnValue === "save" && key) functionKey.set(key);
    resolve(dialog.returnValue === "save" && key !== "");
  }, { once: true }));
}

/** Calls the API; an error answer (RFC 9457 problem details) becomes an Error with its title. */
async function api(path, options = {}) {
  const write = (options.method ?? "GET") !== "GET";
  const send = () => {
    const headers = new Headers(options.headers);
    if (write && functionKey.get()) headers.set("x-functions-key", functionKey.get());
    return fetch(at(path), { ...options, headers });
  };
  let response = await send();
  // A write refused for want of a key is sent once more with the key a person gives (the body, a string or a File, can be).
  if (response.status === 401 && write && await askForKey()) response = await send();
  if (response.status === 401) sessionStorage.removeItem("wsis-function-key");
  if (!response.ok) {
    let title = `${response.status} ${response.statusText}`;
    try { title = (await response.json()).title ?? title; } catch { /* not JSON */ }
    if (response.status === 401) title = "The platform needs a valid function key for this (ask its operator for one).";
    const error = new Error(title);
    error.status = response.status;
    throw error;
  }
  return response;
}

/** Reads a paged list to its end, following Link: rel="next". */
async function readAll(path) {
  const items = [];
  for (let next = path; next; ) {
    const response = await api(next);
    items.push(...(await response.json()));
    const link = response.headers.get("Link");
    next = link && /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
  }
  return items;
}

function say(text) { $("#status").textContent = text; }

/**
 * Every value the API gives is written into markup through this, codes, ids and statuses too: they come from storage
 * rows, and a row written there by other means than the API must still show as text.
 */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** One UTF-16 unit a unit, lower case without its accent ("É" → "e"), so that positions in the folded text are the text's. */
function fold(text) {
  let folded = "";
  for (const unit of text.split("")) {
    const plain = unit.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    folded += plain.length === 1 ? plain : unit;
  }
  return folded;
}

/**
 * The text with each term marked, whatever the case and accents (as the API's word search matches). A term is marked
 * from the start of a word to the end of the word it ends in: the model's evidence words are stems ("lign" for
 * "ligne", "connect" for "connectivity").
 */
function highlight(text, terms) {
  const words = terms.filter((t) => t && t.length > 2).map((t) => fold(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return escapeHtml(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})[\\p{L}\\p{N}]*`, "gu");
  let html = "";
  let last = 0;
  for (const match of fold(text).matchAll(pattern)) {
    html += escapeHtml(text.slice(last, match.index)) + `<mark>${escapeHtml(text.slice(match.index, match.index + match[0].length))}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Longest label a bar chart's axis shows whole; a longer one is shortened there and read whole in its tooltip. */
const axisLabelLength = 36;

/** Height of one bar's row: the chart grows past its box's height rather than skip the labels of some bars. */
const rowHeight = 20;

function drawBar(id, labels, datasets, onClick) {
  charts[id]?.destroy();
  const box = $(`#${id}`).parentElement;
  box.style.height = "";
  const needed = labels.length * rowHeight + 48;
  if (needed > box.clientHeight) box.style.height = `${needed}px`;
  charts[id] = new Chart($(`#${id}`), {
    type: "bar",
    data: { labels, datasets },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 } },
        y: { ticks: { autoSkip: false, callback: (value) => shortened(String(labels[value])) } },
      },
      onClick: onClick && ((event, elements) => elements.length > 0 && onClick(elements[0].index)),
    },
  });
}

function shortened(label) {
  return label.length <= axisLabelLength ? label : `${label.slice(0, axisLabelLength - 1).trimEnd()}…`;
}

async function loadYears() {
  const documents = await readAll("api/documents?limit=1000");
  const years = [...new Set(documents.map((d) => d.year).filter((y) => y))].sort((a, b) => b - a);
  const asked = Number(new URLSearchParams(location.search).get("year"));
  if (asked && !years.includes(asked)) years.unshift(asked);
  if (years.length === 0) years.push(new Date().getFullYear());
  $("#year").innerHTML = years.map((y) => `<option value="${y}">${y}</option>`).join("");
  $("#year").value = String(asked || years[0]);
}

async function loadYear() {
  const year = $("#year").value;
  entityShown = null;
  history.replaceState(null, "", `?year=${year}`);
  $("#paragraphs-section").hidden = true;
  await Promise.all([loadSummary(year), loadDocuments(year)]);
}

async function loadSummary(year) {
  try {
    summary = await (await api(`api/summaries/${year}`)).json();
  } catch (error) {
    summary = null;
    $("#totals").textContent = error.message;
    for (const id of Object.keys(charts)) charts[id].destroy();
    $("#actionLines tbody").innerHTML = "";
    $("#report").removeAttribute("src");
    $("#report-links").textContent = "";
    return;
  }

  const t = summary.totals;
  $("#totals").textContent = `${t.documents} documents from ${t.contributingEntities} entities, ${t.paragraphs} paragraphs, ` +
    `${Math.round(t.labelledShare * 100)} % labelled (version ${summary.version}, compiled ${new Date(summary.compiledAt).toLocaleString()}).`;

  const lines = summary.actionLines;
  drawBar("actionLinesChart", lines.map((a) => a.code), [
    { label: `${year}`, data: lines.map((a) => a.paragraphs), backgroundColor: "#0b4f8a" },
    { label: `${year - 1}`, data: lines.map((a) => a.previousParagraphs ?? 0), backgroundColor: "#9bb7d4" },
  ], (index) => showLine(lines[index]));
  $("#actionLines tbody").innerHTML = "";
  for (const line of lines) {
    const row = document.createElement("tr");
    const change = line.previousParagraphs == null ? "" : (line.paragraphs - line.previousParagraphs > 0 ? "+" : "") + (line.paragraphs - line.previousParagraphs);
    const code = escapeHtml(line.code);
    row.innerHTML = `<td><button type="button" class="line" data-code="${code}" aria-label="Read the paragraphs of ${code}">${code}</button></td>` +
      `<td>${escapeHtml(line.name)}</td><td class="num">${line.paragraphs}</td><td class="num">${line.previousParagraphs ?? ""}</td><td class="num">${change}</td>`;
    row.querySelector("button").addEventListener("click", () => showLine(line));
    $("#actionLines tbody").append(row);
  }

  drawBar("bodiesChart", summary.bodies.map((b) => b.id), [{ label: "Paragraphs", data: summary.bodies.map((b) => b.paragraphs), backgroundColor: "#0b4f8a" }],
    (index) => showBody(summary.bodies[index]));
  // The same choice for the keyboard: one button a body.
  $("#bodies").innerHTML = "";
  for (const body of summary.bodies) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "small";
    button.textContent = `${body.id} (${body.paragraphs})`;
    button.setAttribute("aria-label", `Read the paragraphs citing ${body.name}`);
    button.addEventListener("click", () => showBody(body));
    $("#bodies").append(button, " ");
  }
  drawBar("entitiesChart", summary.entities.map((e) => e.entity), [{ label: "Paragraphs", data: summary.entities.map((e) => e.paragraphs), backgroundColor: "#0b4f8a" }],
    (index) => showEntityDocuments(summary.entities[index].entity));
  $("#entities").innerHTML = "";
  for (const { entity, paragraphs } of summary.entities) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "small";
    button.textContent = `${entity} (${paragraphs})`;
    button.setAttribute("aria-label", `List the documents of ${entity}`);
    button.addEventListener("click", () => showEntityDocuments(entity));
    $("#entities").append(button, " ");
  }

  const report = at(`api/summaries/${year}/report?version=${summary.version}`);
  $("#report").src = `${report}&format=html&disposition=inline`;
  $("#report-links").innerHTML = ["md", "html", "docx"].map((f) => `<a href="${report}&format=${f}">Download ${f.toUpperCase()}</a>`).join(" · ");
}

let paragraphsNext = null;

/**
 * Lists a year's paragraphs in the paragraphs section: those of an action line, those citing a body, or those holding
 * words (the API's filters), with the words that explain why marked.
 */
async function showParagraphs({ title, filter, terms }) {
  const year = $("#year").value;
  $("#paragraphs-section").hidden = false;
  $("#paragraphs-title").textContent = title;
  $("#paragraphs").innerHTML = "";
  $("#paragraphs").dataset.filter = filter.toString();
  $("#no-paragraphs").hidden = true;
  paragraphsNext = `api/paragraphs?year=${year}&${filter}&limit=50`;
  await moreParagraphs(terms);
  $("#no-paragraphs").hidden = $("#paragraphs").children.length > 0;
  $("#paragraphs-title").focus();
}

const showLine = (line) => showParagraphs({
  title: `Paragraphs of ${line.code}: ${line.name}`, filter: new URLSearchParams({ actionLine: line.code }), terms: line.distinctiveTerms ?? [],
});

const showBody = (body) => showParagraphs({
  title: `Paragraphs citing ${body.name} (${body.id})`, filter: new URLSearchParams({ body: body.id }), terms: [],
});

async function moreParagraphs(terms) {
  const response = await api(paragraphsNext);
  const hits = await response.json();
  const link = response.headers.get("Link");
  paragraphsNext = link && /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
  $("#more-paragraphs").hidden = !paragraphsNext;
  $("#more-paragraphs").onclick = () => moreParagraphs(terms);
  for (const hit of hits) {
    const item = document.createElement("li");
    item.innerHTML = `<p>${highlight(hit.text, terms)}</p>` +
      `<p class="meta">${escapeHtml(hit.entity ?? "")} · paragraph ${escapeHtml(hit.number ?? String(hit.index))} · ` +
      `labels <span class="labels">${escapeHtml(hit.actionLines.join(", "))}</span> · <a href="${escapeHtml(at(`api/documents/${encodeURIComponent(hit.documentId)}`))}">source document</a> · ` +
      `<button type="button" class="edit">Correct the labels</button></p>`;
    item.querySelector(".edit").addEventListener("click", () => reviewForm(item, hit));
    $("#paragraphs").append(item);
  }
}

/** A reviewer's correction of one paragraph's action lines. */
function reviewForm(item, hit) {
  if (item.querySelector("form")) return;
  const form = document.createElement("form");
  form.className = "review";
  form.innerHTML = `<label>Action lines (comma-separated)<input name="lines" value="${escapeHtml(hit.actionLines.join(", "))}"></label>` +
    `<label>Your name<input name="reviewer" required autocomplete="name" value="${escapeHtml(reviewerName.get())}"></label>` +
    `<button type="submit">Save</button> <span role="status" class="saved"></span>`;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const actionLines = form.lines.value.split(",").map((s) => s.trim()).filter((s) => s);
    reviewerName.set(form.reviewer.value.trim());
    try {
      const response = await api(`api/documents/${hit.documentId}/paragraphs/${hit.index}/labels`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ actionLines, reviewer: form.reviewer.value }),
      });
      const view = await response.json();
      item.querySelector(".labels").textContent = view.actionLines.join(", ");
      form.querySelector(".saved").textContent = "Saved; it counts in the next summary.";
    } catch (error) {
      form.querySelector(".saved").textContent = error.message;
    }
  });
  item.append(form);
  form.lines.focus();
}

/** The documents of the year shown, by id, and what they were when last drawn (redrawn only when that changes). */
let shownDocuments = new Map();
let shownSignature = "";
/** The entity whose documents alone the table lists (a click on its bar), or null for all. */
let entityShown = null;

function showEntityDocuments(entity) {
  entityShown = entity;
  shownSignature = "";
  loadDocuments($("#year").value).then(() => $("#documents-title").scrollIntoView()).catch((error) => say(error.message));
}

async function loadDocuments(year) {
  const documents = await readAll(`api/documents?year=${year}&limit=1000`);
  documents.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const listed = entityShown === null ? documents : documents.filter((d) => d.entity === entityShown);
  const signature = JSON.stringify(listed);
  if (signature !== shownSignature) {
    shownSignature = signature;
    drawDocuments(listed);
  }

  $("#documents-shown").hidden = entityShown === null;
  $("#documents-entity").textContent = entityShown ?? "";

  // An upload is listed once the pipeline has read it: until then (and while any is in progress) keep asking.
  for (const d of documents) if (d.status !== "Received" && d.status !== "Classifying") pending.delete(d.id);
  const busy = pending.size > 0 || documents.some((d) => d.status === "Received" || d.status === "Classifying");
  clearTimeout(pollTimer);
  if (busy) pollTimer = setTimeout(() => loadDocuments(year), 2000);
}

/** What a person may do to a document in its state: nothing while it is read, and nothing more once withdrawn. */
function actionsFor(d) {
  const actions = d.status === "Classified" ? [["correct", "Correct"], ["replace", "New version"], ["withdraw", "Withdraw"]]
    : d.status === "Failed" ? [["withdraw", "Withdraw"]] : [];
  return actions.map(([action, text]) =>
    `<button type="button" class="small" data-action="${action}" aria-label="${text}: ${escapeHtml(d.fileName)}">${text}</button>`).join(" ");
}

function drawDocuments(documents) {
  // A form a person is filling in stays open, with what was typed, when the list is drawn again.
  const open = [...document.querySelectorAll("#documents tr.document-form")];
  shownDocuments = new Map(documents.map((d) => [d.id, d]));
  $("#documents tbody").innerHTML = documents.map((d) =>
    `<tr data-id="${escapeHtml(d.id)}"><td><a href="${escapeHtml(at(`api/documents/${encodeURIComponent(d.id)}`))}">${escapeHtml(d.fileName)}</a></td><td>${escapeHtml(d.entity ?? "")}</td>` +
    `<td class="status-${escapeHtml(d.status)}">${escapeHtml(d.status)}</td><td class="num">${escapeHtml(String(d.paragraphCount))}</td><td>${escapeHtml(d.failureReason ?? d.withdrawal?.reason ?? "")}</td>` +
    `<td class="actions">${actionsFor(d)}</td></tr>`).join("");
  for (const form of open) {
    const row = $(`#documents tr[data-id="${form.dataset.for}"]`);
    if (row && actionsFor(shownDocuments.get(form.dataset.for))) row.after(form);
  }
}

/** The reviewer's name, remembered on this computer so that each form need not ask it again. */
const reviewerName = {
  get: () => localStorage.getItem("wsis-reviewer") ?? "",
  set: (name) => localStorage.setItem("wsis-reviewer", name),
};

/** Opens a form under a document's row; its submit calls act(form) and says what came of it. */
function documentForm(d, fields, submitText, act) {
  document.querySelector(`#documents tr.document-form[data-for="${d.id}"]`)?.remove();
  const row = document.createElement("tr");
  row.className = "document-form";
  row.dataset.for = d.id;
  row.innerHTML = `<td colspan="6"><form class="review">${fields}` +
    `<label>Your name<input name="reviewer" required autocomplete="name" value="${escapeHtml(reviewerName.get())}"></label>` +
    `<button type="submit">${submitText}</button> <button type="button" class="cancel">Cancel</button> <span role="status" class="saved"></span></form></td>`;
  const form = row.querySelector("form");
  form.querySelector(".cancel").addEventListener("click", () => row.remove());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    reviewerName.set(form.reviewer.value.trim());
    try {
      say(await act(form));
      row.remove();
      await loadDocuments($("#year").value);
    } catch (error) {
      form.querySelector(".saved").textContent = error.message;
    }
  });
  $(`#documents tr[data-id="${d.id}"]`).after(row);
  form.querySelector("input").focus();
}

function withdrawForm(d) {
  documentForm(d, `<label>Why (optional)<input name="reason" placeholder="a duplicate, a test upload..."></label>`, "Withdraw", async (form) => {
    const query = new URLSearchParams({ reviewer: form.reviewer.value.trim() });
    if (form.reason.value.trim()) query.set("reason", form.reason.value.trim());
    await api(`api/documents/${d.id}?${query}`, { method: "DELETE" });
    return `${d.fileName} withdrawn: it has left the queries, and leaves the summary at the next compile.`;
  });
}

function correctForm(d) {
  documentForm(d,
    // The years the platform takes (UploadPath.FirstYear to LastYear): the browser holds back a form outside them.
    `<label>Year<input name="year" type="number" min="1990" max="2200" value="${d.year ?? ""}"></label>` +
    `<label>Entity<input name="entity" value="${escapeHtml(d.entity ?? "")}"></label>` +
    `<label>Note (optional)<input name="note"></label>`, "Save", async (form) => {
      const correction = { reviewer: form.reviewer.value.trim() };
      if (form.year.value && Number(form.year.value) !== d.year) correction.year = Number(form.year.value);
      if (form.entity.value.trim() && form.entity.value.trim() !== d.entity) correction.entity = form.entity.value.trim();
      if (correction.year === undefined && correction.entity === undefined) throw new Error("Change the year or the entity first.");
      if (form.note.value.trim()) correction.note = form.note.value.trim();
      const saved = await (await api(`api/documents/${d.id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(correction),
      })).json();
      return saved.year !== d.year
        ? `${d.fileName} now contributes to ${saved.year}: its paragraphs count there from the next compile.`
        : `${d.fileName} corrected: entity ${saved.entity}.`;
    });
}

/** The document a chosen file is the new version of (the page's one hidden file control serves every row). */
let replacing = null;

function chooseNewVersion(d) {
  replacing = d;
  $("#replace-file").value = "";
  $("#replace-file").click();
}

async function uploadNewVersion(file) {
  const earlier = replacing;
  replacing = null;
  if (!earlier || !file) return;
  const query = new URLSearchParams({ name: file.name, year: $("#year").value, replaces: earlier.id });
  say(`Uploading ${file.name}...`);
  try {
    const accepted = await (await api(`api/documents?${query}`, { method: "POST", body: file })).json();
    pending.add(accepted.id);
    say(`${file.name} uploaded as the new version of ${earlier.fileName}, which is withdrawn once the new one is classified.`);
  } catch (error) {
    say(`${file.name}: ${error.message}`);
  }
  await loadDocuments($("#year").value);
}

async function upload(files) {
  const year = $("#year").value;
  for (const file of files) {
    say(`Uploading ${file.name}...`);
    try {
      const accepted = await (await api(`api/documents?name=${encodeURIComponent(file.name)}&year=${year}`, { method: "POST", body: file })).json();
      pending.add(accepted.id);
      say(`${file.name} uploaded; it is being read and classified.`);
    } catch (error) {
      say(`${file.name}: ${error.message}`);
    }
  }
  await loadDocuments(year);
}

async function compile() {
  const year = $("#year").value;
  await api(`api/summaries/${year}/compile`, { method: "POST" });
  say(`Compiling ${year}...`);
  const before = summary?.version;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    try {
      const next = await (await api(`api/summaries/${year}`)).json();
      if (next.version !== before || next.compiledAt !== summary?.compiledAt) break;
    } catch { /* not there yet */ }
  }
  say(`Compiled ${year}.`);
  await loadSummary(year);
}

function wireUploads() {
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload([...e.dataTransfer.files]); });
  drop.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); $("#file").click(); } });
  $("#file").addEventListener("change", (e) => upload([...e.target.files]));
  $("#replace-file").addEventListener("change", (e) => uploadNewVersion(e.target.files[0]));
  $("#all-documents").addEventListener("click", () => showEntityDocuments(null));
  $("#documents tbody").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-action]");
    const d = button && shownDocuments.get(button.closest("tr").dataset.id);
    if (!d) return;
    ({ correct: correctForm, replace: chooseNewVersion, withdraw: withdrawForm })[button.dataset.action](d);
  });
}

window.addEventListener("DOMContentLoaded", async () => {
  wireUploads();
  $("#year").addEventListener("change", loadYear);
  $("#compile").addEventListener("click", () => compile().catch((e) => say(e.message)));
  $("#search").addEventListener("submit", (e) => {
    e.preventDefault();
    const words = $("#search-words").value.trim();
    if (!words) return;
    showParagraphs({ title: `Paragraphs with "${words}"`, filter: new URLSearchParams({ q: words }), terms: words.split(/\s+/) })
      .catch((error) => say(error.message));
  });
  $(".api-link").href = at("api/openapi.json");
  try {
    await loadYears();
    await loadYear();
    document.body.dataset.ready = "true";
  } catch (error) {
    say(error.message);
  }
});
