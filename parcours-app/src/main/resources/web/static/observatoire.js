/* Parcours observatory: draws each figure's chart from the JSON embedded next to it (the same cells as its table). */
(function () {
  'use strict';
  var charts = {};
  window.parcoursCharts = charts;

  function num(s) {
    if (s === null || s === undefined) return null;
    var t = String(s).replace(/\s/g, '').replace(',', '.');
    if (t === '' || t === 's' || t === 'c') return null;
    var v = parseFloat(t);
    return isNaN(v) ? null : v;
  }

  function rowsOf(fig) {
    var rows = fig.lignes;
    var o = fig.graphique.options || {};
    if (o.skipLast && rows.length > 0) rows = rows.slice(0, rows.length - 1);
    return rows;
  }

  function xLabel(fig, r) {
    var o = fig.graphique.options || {};
    var keys = o.keys || 1;
    if (keys > 1) return r.slice(0, keys).join(' · ');
    return r[fig.graphique.x];
  }

  // French thousands separator (a narrow space) and decimal comma on value axes.
  function fr(v) { return typeof v === 'number' ? v.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) : v; }
  var frLabel = { formatter: fr };

  var base = {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily: 'system-ui, Arial, sans-serif' },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 70, containLabel: true }
  };

  function merge(a, b) { var o = {}; for (var k in a) o[k] = a[k]; for (var k2 in b) o[k2] = b[k2]; return o; }

  function cartesian(fig, kind) {
    var g = fig.graphique, o = g.options || {}, rows = rowsOf(fig);
    var cats = rows.map(function (r) { return xLabel(fig, r); });
    var series = g.series.map(function (c, i) {
      var s = { name: fig.colonnes[c], type: kind === 'line' ? 'line' : 'bar', data: rows.map(function (r) { return num(r[c]); }) };
      if (kind === 'stacked-bar' || (kind === 'line' && o.stack)) s.stack = 'total';
      if (kind === 'area') { s.type = 'line'; s.stack = 'total'; s.areaStyle = {}; s.symbol = 'none'; }
      if (o.colours) s.itemStyle = { color: o.colours[i] };
      if (o.colours && kind === 'area') s.areaStyle = { color: o.colours[i] };
      return s;
    });
    if (o.markX && series.length > 0) {
      series[0].markLine = { symbol: 'none', label: { formatter: 'Loi du 7 février 2022' }, data: [{ xAxis: String(o.markX) }] };
    }
    var horizontal = kind === 'hbar';
    var cat = { type: 'category', data: cats, name: o.xName || '', nameLocation: 'middle', nameGap: 30 };
    var val = { type: 'value', name: o.yName || '', axisLabel: frLabel };
    if (horizontal) { val.nameLocation = 'middle'; val.nameGap = 30; }
    if (kind === 'area') { val.max = 100; val.min = 0; }
    var legend = base.legend;
    if (series.length > 6) legend = { type: 'plain', bottom: 0, itemGap: 12, textStyle: { fontSize: 11 } };
    // stacked curves (cumulative incidences of competing causes) are drawn as stacked areas: the top is their sum
    if (kind === 'line' && o.stack) series.forEach(function (s) { s.areaStyle = { opacity: 0.35 }; s.symbol = 'none'; });
    return merge(base, { legend: legend, grid: merge(base.grid, { bottom: series.length > 6 ? 110 : 70 }),
      xAxis: horizontal ? val : cat, yAxis: horizontal ? merge(cat, { inverse: true }) : val, series: series });
  }

  function band(fig) {
    var g = fig.graphique, o = g.options || {}, rows = fig.lignes;
    var cats = rows.map(function (r) { return r[g.x]; });
    var main = rows.map(function (r) { return num(r[g.series[0]]); });
    var lo = rows.map(function (r) { return num(r[g.series[1]]); });
    var width = rows.map(function (r) { return num(r[g.series[2]]) - num(r[g.series[1]]); });
    return merge(base, {
      legend: { bottom: 0, data: ['Intervalle de confiance à 95 %', fig.colonnes[g.series[0]]] },
      xAxis: { type: 'category', data: cats, name: o.xName, nameLocation: 'middle', nameGap: 30, boundaryGap: false },
      yAxis: { type: 'value', name: o.yName, min: 0, max: 100, axisLabel: frLabel },
      series: [
        { name: 'Borne basse', type: 'line', step: 'end', data: lo, stack: 'ic', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
        { name: 'Intervalle de confiance à 95 %', type: 'line', step: 'end', data: width, stack: 'ic', lineStyle: { opacity: 0 }, symbol: 'none', itemStyle: { color: '#c5c5f0' }, areaStyle: { color: '#c5c5f0' } },
        { name: fig.colonnes[g.series[0]], type: 'line', step: 'end', data: main, symbol: 'none', itemStyle: { color: '#000091' }, lineStyle: { width: 2 } }
      ]
    });
  }

  function funnel(fig) {
    var g = fig.graphique, o = g.options || {}, rows = rowsOf(fig).slice(0, fig.lignes.length - 1);
    var pts = [];
    rows.forEach(function (r) { var n = num(r[g.x]), y = num(r[g.series[0]]); if (n !== null && y !== null) pts.push({ name: r[o.label], value: [n, y] }); });
    function lim(k) { return (o.limits || []).map(function (l) { return [l[0], l[k]]; }); }
    var dash = { type: 'dashed' };
    // The limits are clipped at 0 % and 100 % (a rate cannot leave them): the axis goes 10 points
    // beyond a bound the limits reach, so that the clipped part shows above (below) a labelled line
    // instead of hiding under the frame; labels stay within 0–100.
    var ys = pts.map(function (p) { return p.value[1]; });
    (o.limits || []).forEach(function (l) { ys.push(l[1], l[2], l[3], l[4]); });
    if (typeof o.overall === 'number') ys.push(o.overall);
    var lo = ys.length ? Math.min.apply(null, ys) : 0, hi = ys.length ? Math.max.apply(null, ys) : 100;
    var yMin = lo <= 0.5 ? -10 : Math.max(0, Math.floor((lo - 5) / 10) * 10);
    var yMax = hi >= 99.5 ? 110 : Math.min(100, Math.ceil((hi + 5) / 10) * 10);
    var bounds = [];
    if (yMax > 100) bounds.push({ yAxis: 100, label: { formatter: '100 % (limites écrêtées)', position: 'insideEndTop', color: '#333' } });
    if (yMin < 0) bounds.push({ yAxis: 0, label: { formatter: '0 % (limites écrêtées)', position: 'insideEndBottom', color: '#333' } });
    var high95 = 'Limites à 95 %', high998 = 'Limites à 99,8 %';
    return merge(base, {
      tooltip: { trigger: 'item', formatter: function (p) { return p.seriesType === 'scatter' ? p.name + ' : ' + String(p.value[1]).replace('.', ',') + ' % (' + p.value[0] + ' jeunes)' : p.seriesName; } },
      legend: { bottom: 0, data: ['Territoires', 'Taux d\'ensemble', high95, high998] },
      xAxis: { type: 'value', name: o.xName, nameLocation: 'middle', nameGap: 30, scale: true, axisLabel: frLabel },
      yAxis: { type: 'value', name: o.yName, min: yMin, max: yMax, interval: 10,
               axisLabel: { formatter: function (v) { return v < 0 || v > 100 ? '' : v + ' %'; } } },
      series: [
        { name: 'Territoires', type: 'scatter', symbolSize: 12, data: pts, itemStyle: { color: '#000091' }, label: { show: true, position: 'right', formatter: '{b}' },
          markLine: { silent: true, symbol: 'none', lineStyle: { color: '#333', type: 'solid', width: 1.5 }, data: bounds } },
        { name: 'Taux d\'ensemble', type: 'line', symbol: 'none', data: (o.limits || []).map(function (l) { return [l[0], o.overall]; }), itemStyle: { color: '#333' }, lineStyle: { color: '#333' } },
        { name: high95, type: 'line', symbol: 'none', data: lim(1), itemStyle: { color: '#b85c00' }, lineStyle: merge(dash, { color: '#b85c00', width: 2 }) },
        { name: high95, type: 'line', symbol: 'none', data: lim(2), itemStyle: { color: '#b85c00' }, lineStyle: merge(dash, { color: '#b85c00', width: 2 }) },
        { name: high998, type: 'line', symbol: 'none', data: lim(3), itemStyle: { color: '#b30000' }, lineStyle: { color: '#b30000', width: 2 } },
        { name: high998, type: 'line', symbol: 'none', data: lim(4), itemStyle: { color: '#b30000' }, lineStyle: { color: '#b30000', width: 2 } }
      ]
    });
  }

  function sankey(fig) {
    var names = {}, nodes = [], links = [];
    fig.lignes.forEach(function (r) {
      [r[0], r[1]].forEach(function (n) { if (!names[n]) { names[n] = true; nodes.push({ name: n }); } });
      links.push({ source: r[0], target: r[1], value: num(r[2]) });
    });
    return merge(base, { tooltip: { trigger: 'item' }, legend: { show: false },
      series: [{ type: 'sankey', data: nodes, links: links, emphasis: { focus: 'adjacency' }, nodeGap: 12, left: 10, right: 170, top: 10, bottom: 10,
        lineStyle: { color: 'source', opacity: 0.35 }, label: { fontSize: 11, width: 160, overflow: 'truncate' } }] });
  }

  function indexPlot(fig) {
    var o = fig.graphique.options, data = [], states = o.states;
    fig.lignes.forEach(function (r, i) {
      var m = 0;
      String(r[1]).split('-').forEach(function (tok) {
        var mm = /^\(([^,]+),(\d+)\)$/.exec(tok);
        if (!mm) return;
        var s = states.indexOf(mm[1]), len = parseInt(mm[2], 10);
        for (var k = 0; k < len; k++, m++) if (s >= 0 && m % 3 === 0) data.push([m / 12, i, s]);
      });
    });
    var pieces = states.map(function (s, k) { return { value: k, label: o.labels[k], color: o.colours[k] }; });
    return merge(base, {
      tooltip: { show: false },
      xAxis: { type: 'category', data: Array.from({ length: o.months / 3 }, function (_, k) { return k * 3 / 12; }), name: 'Âge (ans)', nameLocation: 'middle', nameGap: 30,
               axisLabel: { interval: 11, formatter: function (v) { return Math.round(v); } } },
      yAxis: { type: 'category', data: fig.lignes.map(function (r) { return r[0]; }), show: false },
      visualMap: { type: 'piecewise', pieces: pieces, dimension: 2, orient: 'horizontal', bottom: 0, left: 'center' },
      legend: { show: false },
      series: [{ type: 'heatmap', data: data.map(function (d) { return [Math.round(d[0] * 4), d[1], d[2]]; }), progressive: 0 }]
    });
  }

  function optionFor(fig) {
    var k = fig.graphique.type || fig.graphique.kind;
    switch (k) {
      case 'band': return band(fig);
      case 'funnel': return funnel(fig);
      case 'sankey': return sankey(fig);
      case 'index': return indexPlot(fig);
      default: return cartesian(fig, k);
    }
  }

  function draw() {
    if (typeof echarts === 'undefined') return;
    var els = document.querySelectorAll('.chart[data-figure]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i], id = el.getAttribute('data-figure');
      var data = document.getElementById('data-' + id);
      if (!data) continue;
      var fig = JSON.parse(data.textContent);
      var kind = fig.graphique.type || fig.graphique.kind;
      if (kind === 'sankey') el.style.height = '720px';
      if (kind === 'area' || kind === 'index') el.style.height = '520px';
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(optionFor(fig));
      charts[id] = chart;
    }
    window.addEventListener('resize', function () { for (var c in charts) charts[c].resize(); });
    document.documentElement.setAttribute('data-charts-ready', String(els.length));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
