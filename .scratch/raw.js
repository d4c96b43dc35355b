function defineElement(tag, element) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$3=globalThis,e$4=t$3.ShadowRoot&&(void 0===t$3.ShadyCSS||t$3.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s$4=Symbol(),o$6=new WeakMap;let n$4 = class n{constructor(t,e,o){if(this._$cssResult$=true,o!==s$4)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e;}get styleSheet(){let t=this.o;const s=this.t;if(e$4&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o$6.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o$6.set(s,t));}return t}toString(){return this.cssText}};const r$4=t=>new n$4("string"==typeof t?t:t+"",void 0,s$4),i$6=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(true===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n$4(o,t,s$4)},S$1=(s,o)=>{if(e$4)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t$3.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o);}},c$4=e$4?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r$4(e)})(t):t;

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const{is:i$5,defineProperty:e$3,getOwnPropertyDescriptor:h$2,getOwnPropertyNames:r$3,getOwnPropertySymbols:o$5,getPrototypeOf:n$3}=Object,a$2=globalThis,c$3=a$2.trustedTypes,l$2=c$3?c$3.emptyScript:"",p$2=a$2.reactiveElementPolyfillSupport,d$1=(t,s)=>t,u$3={toAttribute(t,s){switch(s){case Boolean:t=t?l$2:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t);}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t);}catch(t){i=null;}}return i}},f$1=(t,s)=>!i$5(t,s),b$1={attribute:true,type:String,converter:u$3,reflect:false,useDefault:false,hasChanged:f$1};Symbol.metadata??=Symbol("metadata"),a$2.litPropertyMetadata??=new WeakMap;let y$2 = class y extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t);}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,s=b$1){if(s.state&&(s.attribute=false),this._$Ei(),this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=true),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e$3(this.prototype,t,h);}}static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h$2(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t;}};return {get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i);},configurable:true,enumerable:true}}static getPropertyOptions(t){return this.elementProperties.get(t)??b$1}static _$Ei(){if(this.hasOwnProperty(d$1("elementProperties")))return;const t=n$3(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties);}static finalize(){if(this.hasOwnProperty(d$1("finalized")))return;if(this.finalized=true,this._$Ei(),this.hasOwnProperty(d$1("properties"))){const t=this.properties,s=[...r$3(t),...o$5(t)];for(const i of s)this.createProperty(i,t[i]);}const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i);}this._$Eh=new Map;for(const[t,s]of this.elementProperties){const i=this._$Eu(t,s);void 0!==i&&this._$Eh.set(i,t);}this.elementStyles=this.finalizeStyles(this.styles);}static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(c$4(s));}else void 0!==s&&i.push(c$4(s));return i}static _$Eu(t,s){const i=s.attribute;return  false===i?void 0:"string"==typeof i?i:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=false,this.hasUpdated=false,this._$Em=null,this._$Ev();}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this));}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.();}removeController(t){this._$EO?.delete(t);}_$E_(){const t=new Map,s=this.constructor.elementProperties;for(const i of s.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t);}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return S$1(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(true),this._$EO?.forEach(t=>t.hostConnected?.());}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.());}attributeChangedCallback(t,s,i){this._$AK(t,i);}_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&true===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u$3).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null;}}_$AK(t,s){const i=this.constructor,e=i._$Eh.get(t);if(void 0!==e&&this._$Em!==e){const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u$3;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,this._$Em=null;}}requestUpdate(t,s,i,e=false,h){if(void 0!==t){const r=this.constructor;if(false===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f$1)(h,s)||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))))return;this.C(t,s,i);} false===this.isUpdatePending&&(this._$ES=this._$EP());}C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),true!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),true===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t));}async _$EP(){this.isUpdatePending=true;try{await this._$ES;}catch(t){Promise.reject(t);}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0;}const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];true!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e);}}let t=false;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)):this._$EM();}catch(s){throw t=false,this._$EM(),s}t&&this._$AE(s);}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=true,this.firstUpdated(t)),this.updated(t);}_$EM(){this._$AL=new Map,this.isUpdatePending=false;}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return  true}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM();}updated(t){}firstUpdated(t){}};y$2.elementStyles=[],y$2.shadowRootOptions={mode:"open"},y$2[d$1("elementProperties")]=new Map,y$2[d$1("finalized")]=new Map,p$2?.({ReactiveElement:y$2}),(a$2.reactiveElementVersions??=[]).push("2.1.2");

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$2=globalThis,i$4=t=>t,s$3=t$2.trustedTypes,e$2=s$3?s$3.createPolicy("lit-html",{createHTML:t=>t}):void 0,h$1="$lit$",o$4=`lit$${Math.random().toFixed(9).slice(2)}$`,n$2="?"+o$4,r$2=`<${n$2}>`,l$1=document,c$2=()=>l$1.createComment(""),a$1=t=>null===t||"object"!=typeof t&&"function"!=typeof t,u$2=Array.isArray,d=t=>u$2(t)||"function"==typeof t?.[Symbol.iterator],f="[ \t\n\f\r]",v$1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_=/-->/g,m$1=/>/g,p$1=RegExp(`>|${f}(?:([^\\s"'>=/]+)(${f}*=${f}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),g=/'/g,$=/"/g,y$1=/^(?:script|style|textarea|title)$/i,x$1=t=>(i,...s)=>({_$litType$:t,strings:i,values:s}),b=x$1(1),w=x$1(2),E=Symbol.for("lit-noChange"),A=Symbol.for("lit-nothing"),C=new WeakMap,P=l$1.createTreeWalker(l$1,129);function V(t,i){if(!u$2(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==e$2?e$2.createHTML(i):i}const N=(t,i)=>{const s=t.length-1,e=[];let n,l=2===i?"<svg>":3===i?"<math>":"",c=v$1;for(let i=0;i<s;i++){const s=t[i];let a,u,d=-1,f=0;for(;f<s.length&&(c.lastIndex=f,u=c.exec(s),null!==u);)f=c.lastIndex,c===v$1?"!--"===u[1]?c=_:void 0!==u[1]?c=m$1:void 0!==u[2]?(y$1.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p$1):void 0!==u[3]&&(c=p$1):c===p$1?">"===u[0]?(c=n??v$1,d=-1):void 0===u[1]?d=-2:(d=c.lastIndex-u[2].length,a=u[1],c=void 0===u[3]?p$1:'"'===u[3]?$:g):c===$||c===g?c=p$1:c===_||c===m$1?c=v$1:(c=p$1,n=void 0);const x=c===p$1&&t[i+1].startsWith("/>")?" ":"";l+=c===v$1?s+r$2:d>=0?(e.push(a),s.slice(0,d)+h$1+s.slice(d)+o$4+x):s+o$4+(-2===d?i:x);}return [V(t,l+(t[s]||"<?>")+(2===i?"</svg>":3===i?"</math>":"")),e]};class S{constructor({strings:t,_$litType$:i},e){let r;this.parts=[];let l=0,a=0;const u=t.length-1,d=this.parts,[f,v]=N(t,i);if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes);}for(;null!==(r=P.nextNode())&&d.length<u;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(h$1)){const i=v[a++],s=r.getAttribute(t).split(o$4),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H}),r.removeAttribute(t);}else t.startsWith(o$4)&&(d.push({type:6,index:l}),r.removeAttribute(t));if(y$1.test(r.tagName)){const t=r.textContent.split(o$4),i=t.length-1;if(i>0){r.textContent=s$3?s$3.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c$2()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c$2());}}}else if(8===r.nodeType)if(r.data===n$2)d.push({type:2,index:l});else {let t=-1;for(;-1!==(t=r.data.indexOf(o$4,t+1));)d.push({type:7,index:l}),t+=o$4.length-1;}l++;}}static createElement(t,i){const s=l$1.createElement("template");return s.innerHTML=t,s}}function M$1(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a$1(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(false),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M$1(t,h._$AS(t,i.values),h,e)),i}class R{constructor(t,i){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i;}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:i},parts:s}=this._$AD,e=(t?.creationScope??l$1).importNode(i,true);P.currentNode=e;let h=P.nextNode(),o=0,n=0,r=s[0];for(;void 0!==r;){if(o===r.index){let i;2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i),r=s[++n];}o!==r?.index&&(h=P.nextNode(),o++);}return P.currentNode=l$1,e}p(t){let i=0;for(const s of this._$AV) void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++;}}class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e,this._$Cv=e?.isConnected??true;}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,i=this){t=M$1(this,t,i),a$1(t)?t===A||null==t||""===t?(this._$AH!==A&&this._$AR(),this._$AH=A):t!==this._$AH&&t!==E&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):d(t)?this.k(t):this._(t);}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t));}_(t){this._$AH!==A&&a$1(this._$AH)?this._$AA.nextSibling.data=t:this.T(l$1.createTextNode(t)),this._$AH=t;}$(t){const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===e)this._$AH.p(i);else {const t=new R(e,this),s=t.u(this.options);t.p(i),this.T(s),this._$AH=t;}}_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}k(t){u$2(this._$AH)||(this._$AH=[],this._$AR());const i=this._$AH;let s,e=0;for(const h of t)e===i.length?i.push(s=new k(this.O(c$2()),this.O(c$2()),this,this.options)):s=i[e],s._$AI(h),e++;e<i.length&&(this._$AR(s&&s._$AB.nextSibling,e),i.length=e);}_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(false,true,s);t!==this._$AB;){const s=i$4(t).nextSibling;i$4(t).remove(),t=s;}}setConnected(t){ void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t));}}class H{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,this.element=t,this.name=i,this._$AM=e,this.options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=A;}_$AI(t,i=this,s,e){const h=this.strings;let o=false;if(void 0===h)t=M$1(this,t,i,0),o=!a$1(t)||t!==this._$AH&&t!==E,o&&(this._$AH=t);else {const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=M$1(this,e[s+n],i,n),r===E&&(r=this._$AH[n]),o||=!a$1(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r;}o&&!e&&this.j(t);}j(t){t===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"");}}class I extends H{constructor(){super(...arguments),this.type=3;}j(t){this.element[this.name]=t===A?void 0:t;}}class L extends H{constructor(){super(...arguments),this.type=4;}j(t){this.element.toggleAttribute(this.name,!!t&&t!==A);}}class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5;}_$AI(t,i=this){if((t=M$1(this,t,i,0)??A)===E)return;const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t;}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t);}}class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s;}get _$AU(){return this._$AM._$AU}_$AI(t){M$1(this,t);}}const j={I:k},B=t$2.litHtmlPolyfillSupport;B?.(S,k),(t$2.litHtmlVersions??=[]).push("3.3.3");const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c$2(),t),t,void 0,s??{});}return h._$AI(t),h};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const s$2=globalThis;let i$3 = class i extends y$2{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0;}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=D(r,this.renderRoot,this.renderOptions);}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(true);}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(false);}render(){return E}};i$3._$litElement$=true,i$3["finalized"]=true,s$2.litElementHydrateSupport?.({LitElement:i$3});const o$3=s$2.litElementPolyfillSupport;o$3?.({LitElement:i$3});(s$2.litElementVersions??=[]).push("4.2.2");

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * Name of the event dispatched to `window` whenever a locale change starts,
 * finishes successfully, or fails. Only relevant to runtime mode.
 *
 * The `detail` of this event is an object with a `status` string that can be:
 * "loading", "ready", or "error", along with the relevant locale code, and
 * error message if applicable.
 *
 * You can listen for this event to know when your application should be
 * re-rendered following a locale change. See also the Localized mixin, which
 * automatically re-renders LitElement classes using this event.
 */
const LOCALE_STATUS_EVENT = 'lit-localize-status';

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * Tag that allows expressions to be used in localized non-HTML template
 * strings.
 *
 * Example: msg(str`Hello ${this.user}!`);
 *
 * The Lit html tag can also be used for this purpose, but HTML will need to be
 * escaped, and there is a small overhead for HTML parsing.
 *
 * Untagged template strings with expressions aren't supported by lit-localize
 * because they don't allow for values to be captured at runtime.
 */
const _str = (strings, ...values) => ({
    strTag: true,
    strings,
    values,
});
const str = _str;
const isStrTagged = (val) => typeof val !== 'string' && 'strTag' in val;
/**
 * Render the result of a `str` tagged template to a string. Note we don't need
 * to do this for Lit templates, since Lit itself handles rendering.
 */
const joinStringsAndValues = (strings, values, valueOrder) => {
    let concat = strings[0];
    for (let i = 1; i < strings.length; i++) {
        concat += values[valueOrder ? valueOrder[i - 1] : i - 1];
        concat += strings[i];
    }
    return concat;
};

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * Default identity msg implementation. Simply returns the input template with
 * no awareness of translations. If the template is str-tagged, returns it in
 * string form.
 */
const defaultMsg = ((template) => isStrTagged(template)
    ? joinStringsAndValues(template.strings, template.values)
    : template);

/**
 * Make a string or lit-html template localizable.
 *
 * @param template A string, a lit-html template, or a function that returns
 * either a string or lit-html template.
 * @param options Optional configuration object with the following properties:
 *   - id: Optional project-wide unique identifier for this template. If
 *     omitted, an id will be automatically generated from the template strings.
 *   - desc: Optional description
 */
let msg = defaultMsg;
let installed = false;
/**
 * Internal only. Do not use this function.
 *
 * Installs an implementation of the msg function to replace the default
 * identity function. Throws if called more than once.
 *
 * @internal
 */
function _installMsgImplementation(impl) {
    if (installed) {
        throw new Error('lit-localize can only be configured once');
    }
    msg = impl;
    installed = true;
}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
class LocalizeController {
    constructor(host) {
        this.__litLocalizeEventHandler = (event) => {
            if (event.detail.status === 'ready') {
                this.host.requestUpdate();
            }
        };
        this.host = host;
    }
    hostConnected() {
        window.addEventListener(LOCALE_STATUS_EVENT, this.__litLocalizeEventHandler);
    }
    hostDisconnected() {
        window.removeEventListener(LOCALE_STATUS_EVENT, this.__litLocalizeEventHandler);
    }
}
/**
 * Re-render the given LitElement whenever a new active locale has loaded.
 *
 * See also {@link localized} for the same functionality as a decorator.
 *
 * When using lit-localize in transform mode, calls to this function are
 * replaced with undefined.
 *
 * Usage:
 *
 *   import {LitElement, html} from 'lit';
 *   import {msg, updateWhenLocaleChanges} from '@lit/localize';
 *
 *   class MyElement extends LitElement {
 *     constructor() {
 *       super();
 *       updateWhenLocaleChanges(this);
 *     }
 *
 *     render() {
 *       return html`<b>${msg('Hello World')}</b>`;
 *     }
 *   }
 */
const _updateWhenLocaleChanges = (host) => host.addController(new LocalizeController(host));
const updateWhenLocaleChanges = _updateWhenLocaleChanges;

/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
class Deferred {
    constructor() {
        this.settled = false;
        this.promise = new Promise((resolve, reject) => {
            this._resolve = resolve;
            this._reject = reject;
        });
    }
    resolve(value) {
        this.settled = true;
        this._resolve(value);
    }
    reject(error) {
        this.settled = true;
        this._reject(error);
    }
}

/**
 * @license
 * Copyright 2014 Travis Webb
 * SPDX-License-Identifier: MIT
 */
// This module is derived from the file:
// https://github.com/tjwebb/fnv-plus/blob/1e2ce68a07cb7dd4c3c85364f3d8d96c95919474/index.js#L309
//
// Changes:
// - Only the _hash64_1a_fast function is included.
// - Removed loop unrolling.
// - Converted to TypeScript ES module.
// - var -> let/const
//
// TODO(aomarks) Upstream improvements to https://github.com/tjwebb/fnv-plus/.
const hl = [];
for (let i = 0; i < 256; i++) {
    hl[i] = ((i >> 4) & 15).toString(16) + (i & 15).toString(16);
}
/**
 * Perform a FNV-1A 64-bit hash of the given string (as UTF-16 code units), and
 * return a hexadecimal digest (left zero padded to 16 characters).
 *
 * @see {@link http://tools.ietf.org/html/draft-eastlake-fnv-06}
 */
function fnv1a64(str) {
    let t0 = 0, v0 = 0x2325, t1 = 0, v1 = 0x8422, t2 = 0, v2 = 0x9ce4, t3 = 0, v3 = 0xcbf2;
    for (let i = 0; i < str.length; i++) {
        v0 ^= str.charCodeAt(i);
        t0 = v0 * 435;
        t1 = v1 * 435;
        t2 = v2 * 435;
        t3 = v3 * 435;
        t2 += v0 << 8;
        t3 += v1 << 8;
        t1 += t0 >>> 16;
        v0 = t0 & 65535;
        t2 += t1 >>> 16;
        v1 = t1 & 65535;
        v3 = (t3 + (t2 >>> 16)) & 65535;
        v2 = t2 & 65535;
    }
    return (hl[v3 >> 8] +
        hl[v3 & 255] +
        hl[v2 >> 8] +
        hl[v2 & 255] +
        hl[v1 >> 8] +
        hl[v1 & 255] +
        hl[v0 >> 8] +
        hl[v0 & 255]);
}

/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * Delimiter used between each template string component before hashing. Used to
 * prevent e.g. "foobar" and "foo${baz}bar" from sharing a hash.
 *
 * This is the "record separator" ASCII character.
 */
const HASH_DELIMITER = '\x1e';
/**
 * Id prefix on html-tagged templates to distinguish e.g. `<b>x</b>` from
 * html`<b>x</b>`.
 */
const HTML_PREFIX = 'h';
/**
 * Id prefix on plain string templates to distinguish e.g. `<b>x</b>` from
 * html`<b>x</b>`.
 */
const STRING_PREFIX = 's';
/**
 * Generate a unique ID for a lit-localize message.
 *
 * Example:
 *   Template: html`Hello <b>${who}</b>!`
 *     Params: ["Hello <b>", "</b>!"], true
 *     Output: h82ccc38d4d46eaa9
 *
 * The ID is constructed as:
 *
 *   [0]    Kind of template: [h]tml or [s]tring.
 *   [1,16] 64-bit FNV-1a hash hex digest of the template strings, as UTF-16
 *          code points, delineated by an ASCII "record separator" character.
 *
 * We choose FNV-1a because:
 *
 *   1. It's pretty fast (e.g. much faster than SHA-1).
 *   2. It's pretty small (0.25 KiB minified + brotli).
 *   3. We don't require cryptographic security, and 64 bits should give
 *      sufficient collision resistance for any one application. Worst
 *      case, we will always detect collisions during analysis.
 *   4. We can't use Web Crypto API (e.g. SHA-1), because it's asynchronous.
 *   5. It's a well known non-cryptographic hash with implementations in many
 *      languages.
 *   6. There was an existing JavaScript implementation that doesn't require
 *      BigInt, for IE11 compatibility.
 */
function generateMsgId(strings, isHtmlTagged) {
    return ((isHtmlTagged ? HTML_PREFIX : STRING_PREFIX) +
        fnv1a64(typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER)));
}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const expressionOrders = new WeakMap();
const hashCache = new Map();
function runtimeMsg(templates, template, options) {
    if (templates) {
        const id = options?.id ?? generateId(template);
        const localized = templates[id];
        if (localized) {
            if (typeof localized === 'string') {
                // E.g. "Hello World!"
                return localized;
            }
            else if ('strTag' in localized) {
                // E.g. str`Hello ${name}!`
                //
                // Localized templates have ${number} in place of real template
                // expressions. They can't have real template values, because the
                // variable scope would be wrong. The number tells us the index of the
                // source value to substitute in its place, because expressions can be
                // moved to a different position during translation.
                return joinStringsAndValues(localized.strings, 
                // Cast `template` because its type wasn't automatically narrowed (but
                // we know it must be the same type as `localized`).
                template.values, localized.values);
            }
            else {
                // E.g. html`Hello <b>${name}</b>!`
                //
                // We have to keep our own mapping of expression ordering because we do
                // an in-place update of `values`, and otherwise we'd lose ordering for
                // subsequent renders.
                let order = expressionOrders.get(localized);
                if (order === undefined) {
                    order = localized.values;
                    expressionOrders.set(localized, order);
                }
                return {
                    ...localized,
                    values: order.map((i) => template.values[i]),
                };
            }
        }
    }
    return defaultMsg(template);
}
function generateId(template) {
    const strings = typeof template === 'string' ? template : template.strings;
    let id = hashCache.get(strings);
    if (id === undefined) {
        id = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template));
        hashCache.set(strings, id);
    }
    return id;
}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * Dispatch a "lit-localize-status" event to `window` with the given detail.
 */
function dispatchStatusEvent(detail) {
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}
let activeLocale = '';
let loadingLocale;
let sourceLocale$1;
let validLocales;
let loadLocale;
let templates$1;
let loading = new Deferred();
// The loading promise must be initially resolved, because that's what we should
// return if the user immediately calls setLocale(sourceLocale).
loading.resolve();
let requestId = 0;
/**
 * Set configuration parameters for lit-localize when in runtime mode. Returns
 * an object with functions:
 *
 * - `getLocale`: Return the active locale code.
 * - `setLocale`: Set the active locale code.
 *
 * Throws if called more than once.
 */
const configureLocalization = (config) => {
    _installMsgImplementation(((template, options) => runtimeMsg(templates$1, template, options)));
    activeLocale = sourceLocale$1 = config.sourceLocale;
    validLocales = new Set(config.targetLocales);
    validLocales.add(config.sourceLocale);
    loadLocale = config.loadLocale;
    return { getLocale: getLocale$1, setLocale: setLocale$1 };
};
/**
 * Return the active locale code.
 */
const getLocale$1 = () => {
    return activeLocale;
};
/**
 * Set the active locale code, and begin loading templates for that locale using
 * the `loadLocale` function that was passed to `configureLocalization`. Returns
 * a promise that resolves when the next locale is ready to be rendered.
 *
 * Note that if a second call to `setLocale` is made while the first requested
 * locale is still loading, then the second call takes precedence, and the
 * promise returned from the first call will resolve when second locale is
 * ready. If you need to know whether a particular locale was loaded, check
 * `getLocale` after the promise resolves.
 *
 * Throws if the given locale is not contained by the configured `sourceLocale`
 * or `targetLocales`.
 */
const setLocale$1 = (newLocale) => {
    if (newLocale === (loadingLocale ?? activeLocale)) {
        return loading.promise;
    }
    if (!validLocales || !loadLocale) {
        throw new Error('Internal error');
    }
    if (!validLocales.has(newLocale)) {
        throw new Error('Invalid locale code');
    }
    requestId++;
    const thisRequestId = requestId;
    loadingLocale = newLocale;
    if (loading.settled) {
        loading = new Deferred();
    }
    dispatchStatusEvent({ status: 'loading', loadingLocale: newLocale });
    const localePromise = newLocale === sourceLocale$1
        ? // We could switch to the source locale synchronously, but we prefer to
            // queue it on a microtask so that switching locales is consistently
            // asynchronous.
            Promise.resolve({ templates: undefined })
        : loadLocale(newLocale);
    localePromise.then((mod) => {
        if (requestId === thisRequestId) {
            activeLocale = newLocale;
            loadingLocale = undefined;
            templates$1 = mod.templates;
            dispatchStatusEvent({ status: 'ready', readyLocale: newLocale });
            loading.resolve();
        }
        // Else another locale was requested in the meantime. Don't resolve or
        // reject, because the newer load call is going to use the same promise.
        // Note the user can call getLocale() after the promise resolves if they
        // need to check if the locale is still the one they expected to load.
    }, (err) => {
        if (requestId === thisRequestId) {
            dispatchStatusEvent({
                status: 'error',
                errorLocale: newLocale,
                errorMessage: err.toString(),
            });
            loading.reject(err);
        }
    });
    return loading.promise;
};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const o$2={attribute:true,type:String,converter:u$3,reflect:false,hasChanged:f$1},r$1=(t=o$2,e,r)=>{const{kind:n,metadata:i}=r;let s=globalThis.litPropertyMetadata.get(i);if(void 0===s&&globalThis.litPropertyMetadata.set(i,s=new Map),"setter"===n&&((t=Object.create(t)).wrapped=true),s.set(r.name,t),"accessor"===n){const{name:o}=r;return {set(r){const n=e.get.call(this);e.set.call(this,r),this.requestUpdate(o,n,t,true,r);},init(e){return void 0!==e&&this.C(o,void 0,t,e),e}}}if("setter"===n){const{name:o}=r;return function(r){const n=this[o];e.call(this,r),this.requestUpdate(o,n,t,true,r);}}throw Error("Unsupported decorator location: "+n)};function n$1(t){return (e,o)=>"object"==typeof o?r$1(t,e,o):((t,e,o)=>{const r=e.hasOwnProperty(o);return e.constructor.createProperty(o,t),r?Object.getOwnPropertyDescriptor(e,o):void 0})(t,e,o)}

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */function r(r){return n$1({...r,state:true,attribute:false})}

/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const o$1=o=>o??A;

const eventOptions = { bubbles: true, composed: true };
const _CoprodChangeEvent = class _CoprodChangeEvent extends CustomEvent {
  constructor(value) {
    super(_CoprodChangeEvent.eventName, { ...eventOptions, detail: { value } });
  }
};
_CoprodChangeEvent.eventName = "coprod-change";
let CoprodChangeEvent = _CoprodChangeEvent;
const _CoprodInvalidEvent = class _CoprodInvalidEvent extends CustomEvent {
  constructor(errors, source) {
    super(_CoprodInvalidEvent.eventName, { ...eventOptions, detail: { errors, source } });
  }
};
_CoprodInvalidEvent.eventName = "coprod-invalid";
let CoprodInvalidEvent = _CoprodInvalidEvent;
const _CoprodPlanActionEvent = class _CoprodPlanActionEvent extends CustomEvent {
  constructor(principle) {
    super(_CoprodPlanActionEvent.eventName, { ...eventOptions, detail: { principle } });
  }
};
_CoprodPlanActionEvent.eventName = "coprod-plan-action";
let CoprodPlanActionEvent = _CoprodPlanActionEvent;
const _CoprodSubmitEvent = class _CoprodSubmitEvent extends CustomEvent {
  constructor(value) {
    super(_CoprodSubmitEvent.eventName, { ...eventOptions, detail: { value } });
  }
};
_CoprodSubmitEvent.eventName = "coprod-submit";
let CoprodSubmitEvent = _CoprodSubmitEvent;

const sourceLocale = `en`;
const targetLocales = [
  `nl`
];
const allLocales = [
  `en`,
  `nl`
];

const loaders = {
  nl: () => Promise.resolve().then(function () { return nl; })
};
let runtime;
let languageObserver;
function matchLocale(tag) {
  if (!tag) return void 0;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return allLocales.includes(base) ? base : void 0;
}
function ensureLocalization() {
  if (runtime) return runtime;
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale]()
  });
  followDocumentLanguage();
  return runtime;
}
function followDocumentLanguage() {
  if (typeof document === "undefined" || languageObserver) return;
  const root = document.documentElement;
  const apply = () => void ensureLocalization().setLocale(matchLocale(root.lang) ?? sourceLocale);
  languageObserver = new MutationObserver(apply);
  languageObserver.observe(root, { attributes: true, attributeFilter: ["lang"] });
  if (matchLocale(root.lang) && matchLocale(root.lang) !== sourceLocale) apply();
}
function getLocale() {
  return ensureLocalization().getLocale();
}
async function setLocale(code) {
  await ensureLocalization().setLocale(matchLocale(code) ?? sourceLocale);
}
const numberFormats = /* @__PURE__ */ new Map();
const dateFormats = /* @__PURE__ */ new Map();
function formatNumber(value, maximumFractionDigits = 1) {
  const key = `${getLocale()}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, format = new Intl.NumberFormat(getLocale(), { maximumFractionDigits }));
  return format.format(value);
}
function formatDate(isoDate) {
  const [year, month, day] = isoDate.split("-").map(Number);
  const locale = getLocale();
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
function localText(label) {
  if (label === void 0) return "";
  if (typeof label === "string") return label;
  return label[getLocale()] ?? label[sourceLocale] ?? Object.values(label)[0] ?? "";
}

const TEXT_LIMIT = 5e3;
const NAME_LIMIT = 200;

const messages = {
  notJson: () => msg("This is not valid JSON text."),
  notExercise: () => msg('This is not exercise data: it should be an object with "type" and "version".'),
  wrongType: (expected, actual) => msg(str`This data is for "${String(actual)}", but this exercise reads "${expected}".`),
  newerVersion: (version, known) => msg(str`This data comes from a newer version (${version}). This page can read version ${known} and older.`),
  unknownVersion: (version) => msg(str`Version "${String(version)}" is not a known version of this data.`),
  notObject: () => msg("This should be an object with fields."),
  notList: () => msg("This should be a list."),
  emptyList: () => msg("This list needs at least one item."),
  notText: () => msg("This should be text."),
  notBoolean: () => msg("This should be true or false."),
  required: () => msg("This field is required and cannot be empty."),
  tooLong: (length, limit) => msg(str`This text is too long: ${formatNumber(length)} characters. The limit is ${formatNumber(limit)}. Make it shorter.`),
  notOneOf: (value, options) => msg(str`"${String(value)}" is not one of the choices: ${options.join(", ")}.`),
  notDate: (value) => msg(str`"${String(value)}" is not a date. Use the form 2026-11-25.`),
  notWholeNumber: (min, max) => msg(str`This should be a whole number from ${min} to ${max}.`),
  duplicateId: (id) => msg(str`The id "${id}" is used twice. Every id must be unique.`),
  badUrl: () => msg("Only web addresses that start with https: and pictures (data:image) are allowed."),
  tooMany: (limit) => msg(str`This list is too long. The limit is ${formatNumber(limit)} items.`)
};

function pointer(parent, key) {
  return `${parent}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  if (typeof value !== "string") return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function today() {
  const now = /* @__PURE__ */ new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
class Checker {
  constructor() {
    this.errors = [];
  }
  get ok() {
    return this.errors.length === 0;
  }
  fail(path, message) {
    this.errors.push({ path, message });
  }
  object(value, path) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value;
    this.fail(path, messages.notObject());
    return void 0;
  }
  list(value, path, options = {}) {
    if (value === void 0 && options.optional !== false) return [];
    if (!Array.isArray(value)) {
      this.fail(path, messages.notList());
      return [];
    }
    if (options.max !== void 0 && value.length > options.max) {
      this.fail(path, messages.tooMany(options.max));
      return [];
    }
    return value;
  }
  /** Free text; a missing field reads as empty. Longer than the limit is refused, never cut. */
  text(value, path, limit = TEXT_LIMIT) {
    if (value === void 0) return "";
    if (typeof value !== "string") {
      this.fail(path, messages.notText());
      return "";
    }
    if (value.length > limit) this.fail(path, messages.tooLong(value.length, limit));
    return value;
  }
  name(value, path) {
    return this.text(value, path, NAME_LIMIT);
  }
  /** Text per locale code (`{ "en": "…", "nl": "…" }`), each within `limit`; `required` wants one that is not blank. */
  localLabel(value, path, options = {}) {
    const object = this.object(value, path);
    if (!object) return {};
    const label = {};
    for (const [locale, text] of Object.entries(object)) label[locale] = this.text(text, pointer(path, locale), options.limit ?? NAME_LIMIT);
    if (options.required && !Object.values(label).some((text) => text.trim())) this.fail(path, messages.required());
    return label;
  }
  /** A non-empty string id. */
  id(value, path) {
    if (typeof value !== "string") {
      this.fail(path, messages.notText());
      return "";
    }
    if (value.trim() === "") this.fail(path, messages.required());
    else if (value.length > NAME_LIMIT) this.fail(path, messages.tooLong(value.length, NAME_LIMIT));
    return value;
  }
  /** Ids must be unique within their list. */
  uniqueIds(items, path) {
    const seen = /* @__PURE__ */ new Set();
    items.forEach((item, index) => {
      if (item.id === "") return;
      if (seen.has(item.id)) this.fail(pointer(pointer(path, index), "id"), messages.duplicateId(item.id));
      seen.add(item.id);
    });
  }
  boolean(value, path, fallback = false) {
    if (value === void 0) return fallback;
    if (typeof value !== "boolean") {
      this.fail(path, messages.notBoolean());
      return fallback;
    }
    return value;
  }
  oneOf(value, options, path) {
    if (typeof value === "string" && options.includes(value)) return value;
    this.fail(path, messages.notOneOf(value, options));
    return void 0;
  }
  /** One of the options, or `null`; a missing field reads as `null`. */
  oneOfOrNull(value, options, path) {
    if (value === null || value === void 0) return null;
    return this.oneOf(value, options, path) ?? null;
  }
  date(value, path) {
    if (isIsoDate(value)) return value;
    this.fail(path, messages.notDate(value));
    return "";
  }
  dateOrNull(value, path) {
    if (value === null || value === void 0) return null;
    return this.date(value, path) || null;
  }
  wholeNumberOrNull(value, path, min, max) {
    if (value === null || value === void 0) return null;
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
    this.fail(path, messages.notWholeNumber(min, max));
    return null;
  }
  /** A photo or link: only `https:` and `data:image/*` URLs. */
  safeUrlOrNull(value, path, limit = 2e6) {
    if (value === null || value === void 0) return null;
    if (typeof value !== "string") {
      this.fail(path, messages.notText());
      return null;
    }
    if (!isSafeImageUrl(value)) {
      this.fail(path, messages.badUrl());
      return null;
    }
    if (value.length > limit) this.fail(path, messages.tooLong(value.length, limit));
    return value;
  }
}
function isSafeImageUrl(value) {
  if (/^data:image\/[a-z0-9.+-]+(;[a-z0-9.+=-]+)*,/i.test(value)) return true;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
function parseState(schema, data) {
  const check = new Checker();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, errors: [{ path: "", message: messages.notExercise() }] };
  }
  let json = data;
  if (json.type !== schema.type) {
    return { ok: false, errors: [{ path: "/type", message: messages.wrongType(schema.type, json.type) }] };
  }
  const version = json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, errors: [{ path: "/version", message: messages.unknownVersion(version) }] };
  }
  if (version > schema.version) {
    return { ok: false, errors: [{ path: "/version", message: messages.newerVersion(version, schema.version) }] };
  }
  for (let step = version; step < schema.version; step++) {
    const migrate = schema.migrations?.[step];
    if (!migrate) return { ok: false, errors: [{ path: "/version", message: messages.unknownVersion(version) }] };
    json = migrate(json);
  }
  try {
    const value = schema.read(json, check);
    return check.ok ? { ok: true, value } : { ok: false, errors: check.errors };
  } catch {
    return { ok: false, errors: check.errors.length ? check.errors : [{ path: "", message: messages.notExercise() }] };
  }
}
function parseStateText(schema, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: "", message: messages.notJson() }] };
  }
  return parseState(schema, data);
}

const tokenStyles = i$6`:host{--_accent:var(--coprod-color-accent,#1c5a9c);--_on-accent:var(--coprod-color-on-accent,#fff);--_accent-soft:var(--coprod-color-accent-soft,#e3edf8);--_text:var(--coprod-color-text,#1b1b1f);--_muted:var(--coprod-color-muted,#4d5260);--_surface:var(--coprod-color-surface,#fff);--_surface-alt:var(--coprod-color-surface-alt,#f3f5f8);--_border:var(--coprod-color-border,#6f7480);--_danger:var(--coprod-color-danger,#a8201a);--_warning:var(--coprod-color-warning,#7a4a00);--_success:var(--coprod-color-success,#1d6b35);--_group-to:var(--coprod-color-group-to,#f6e3df);--_group-for:var(--coprod-color-group-for,#f7efd5);--_group-with:var(--coprod-color-group-with,#dcefe1);--_font:var(--coprod-font-family,system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);--_font-size:var(--coprod-font-size,1rem);--_heading-font:var(--coprod-heading-font-family,var(--_font));--_radius:var(--coprod-radius,.5rem);--_space:var(--coprod-space,.5rem);--_focus-color:var(--coprod-focus-ring-color,#1c5a9c);--_focus-width:var(--coprod-focus-ring-width,3px);--_target:var(--coprod-target-size,2.75rem);box-sizing:border-box;font-family:var(--_font);font-size:var(--_font-size);color:var(--_text);background:var(--_surface);color-scheme:light dark;overflow-wrap:anywhere;line-height:1.5;display:block;container-type:inline-size}table{overflow-wrap:break-word}@media (prefers-color-scheme:dark){:host{--_accent:var(--coprod-color-accent,#9cc3f5);--_on-accent:var(--coprod-color-on-accent,#0f1a26);--_accent-soft:var(--coprod-color-accent-soft,#1f2c3b);--_text:var(--coprod-color-text,#eceef2);--_muted:var(--coprod-color-muted,#b8bdc8);--_surface:var(--coprod-color-surface,#16181d);--_surface-alt:var(--coprod-color-surface-alt,#23262e);--_border:var(--coprod-color-border,#8d93a0);--_danger:var(--coprod-color-danger,#ffb4ab);--_warning:var(--coprod-color-warning,#f3c070);--_success:var(--coprod-color-success,#8fd6a2);--_group-to:var(--coprod-color-group-to,#3d2724);--_group-for:var(--coprod-color-group-for,#3a3322);--_group-with:var(--coprod-color-group-with,#1f3626);--_focus-color:var(--coprod-focus-ring-color,#9cc3f5)}}@media (forced-colors:active){:host{--_accent:Highlight;--_on-accent:HighlightText;--_accent-soft:Canvas;--_text:CanvasText;--_muted:CanvasText;--_surface:Canvas;--_surface-alt:Canvas;--_border:CanvasText;--_danger:CanvasText;--_warning:CanvasText;--_success:CanvasText;--_group-to:Canvas;--_group-for:Canvas;--_group-with:Canvas;--_focus-color:Highlight}}@media (prefers-reduced-motion:reduce){*,:before,:after{scroll-behavior:auto!important;transition:none!important;animation:none!important}}:host([hidden]){display:none}*,:before,:after{box-sizing:inherit}:focus-visible,input[type=date]:focus{outline:var(--_focus-width) solid var(--_focus-color);outline-offset:2px}.visually-hidden{clip-path:inset(50%);white-space:nowrap;border:0;width:1px;height:1px;margin:-1px;padding:0;position:absolute;overflow:hidden}`;
const controlStyles = i$6`h2,h3,h4{font-family:var(--_heading-font);margin:0 0 var(--_space);line-height:1.25}button{font:inherit;min-height:var(--_target);min-width:var(--_target);border-radius:var(--_radius);border:2px solid var(--_accent);background:var(--_surface);color:var(--_accent);cursor:pointer;padding:.4rem 1rem;font-weight:600}button.primary{background:var(--_accent);color:var(--_on-accent)}button.quiet{border-color:#0000;text-decoration:underline}button:hover{background:var(--_accent-soft)}button.primary:hover{background:var(--_accent);filter:brightness(1.1)}.field{margin:0 0 calc(var(--_space) * 2);gap:.25rem;display:grid}.field>label:not(.choice),.field-label,legend{font-weight:600}input[type=text],input[type=date],input[type=number],input[type=url],input:not([type]),select,textarea{font:inherit;color:var(--_text);background:var(--_surface);border:2px solid var(--_border);border-radius:var(--_radius);min-height:var(--_target);width:100%;max-width:100%;padding:.45rem .6rem}textarea{field-sizing:content;resize:vertical;min-height:5.5rem}[aria-invalid=true]{border-color:var(--_danger)}input[type=radio],input[type=checkbox]{width:1.5rem;height:1.5rem;accent-color:var(--_accent);flex:none;margin:0}fieldset{margin:0 0 calc(var(--_space) * 2);border:0;min-width:0;padding:0}.hint{color:var(--_muted);margin:0;font-size:.95em}.error{color:var(--_danger);margin:0;font-weight:600}.read-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}.read-text:empty:before{content:"—";color:var(--_muted)}.notices{gap:var(--_space);display:grid}.notice{gap:var(--_space);padding:var(--_space) calc(var(--_space) * 2);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt);border-left-width:.5rem;flex-wrap:wrap;justify-content:space-between;align-items:center;display:flex}.notice.problem{border-color:var(--_danger)}.notice ul{margin:0;padding-left:1.2rem}.choice{min-height:var(--_target);cursor:pointer;align-items:center;gap:.5rem;display:inline-flex}.choice-row{gap:var(--_space) calc(var(--_space) * 2);flex-wrap:wrap;display:flex}.footer{justify-content:space-between;gap:var(--_space);margin-top:calc(var(--_space) * 2);flex-wrap:wrap;display:flex}.file-actions{gap:var(--_space);flex-wrap:wrap;display:flex}@media (forced-colors:active){button,input,select,textarea,.notice{border-color:buttontext}button.primary{forced-color-adjust:none;color:buttonface;background:buttontext}}@media print{button,.file-actions,.no-print{display:none!important}:host{color:#000;background:#fff}}`;

function downloadBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
function csvCell(value, separator) {
  let text = value === null || value === void 0 ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}
function toCsv(header, rows, options = {}) {
  const separator = options.separator ?? ",";
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join("\r\n");
}
function downloadCsv(fileName, header, rows, options = {}) {
  const text = toCsv(header, rows, options);
  downloadBlob(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }), fileName);
  return text;
}
function standaloneSvg(svg) {
  const copy = svg.cloneNode(true);
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  const properties = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline"];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    const target = copies[index];
    target.removeAttribute("class");
    for (const property of properties) {
      const value = style.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  if (!copy.getAttribute("width")) copy.setAttribute("width", String(Math.round(box.width) || 600));
  if (!copy.getAttribute("height")) copy.setAttribute("height", String(Math.round(box.height) || 600));
  copy.style.setProperty("background", getComputedStyle(svg).getPropertyValue("--_surface") || "#ffffff");
  return new XMLSerializer().serializeToString(copy);
}
function downloadSvg(svg, fileName) {
  downloadBlob(new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }), fileName);
}
async function svgToPng(svg, scale = 2) {
  const text = standaloneSvg(svg);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => blob ? resolve(blob) : reject(new Error("PNG failed")), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
async function downloadPng(svg, fileName, scale = 2) {
  downloadBlob(await svgToPng(svg, scale), fileName);
}

var __defProp$6 = Object.defineProperty;
var __decorateClass$6 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$6(target, key, result);
  return result;
};
function fieldId(key) {
  return `f-${key.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
function readStorage(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
class CoprodElement extends i$3 {
  constructor() {
    super();
    this.name = null;
    this.readonly = false;
    this._announcement = "";
    this._fieldErrors = /* @__PURE__ */ new Map();
    this._formDisabled = false;
    this._storageFailed = false;
    this._storageKey = null;
    this._initialised = false;
    this._hostSetValue = false;
    /** The object the host set `value` to last: setting it again is a no-op. */
    this._lastHostValue = void 0;
    /** Unreadable stored text, kept aside before the first save replaces it. */
    this._unreadableStored = null;
    this._focusUndo = false;
    // Typed by `object`, not S, so CoprodElement<SomeState> stays assignable to CoprodElement<object>.
    this._stateListeners = /* @__PURE__ */ new Set();
    this._onUndo = () => {
      const undo = this._undo;
      if (!undo) return;
      this.commit(undo.before);
      this.announce(msg("Undone."));
    };
    this._pickFile = () => {
      this.renderRoot.querySelector(".file-actions input[type=file]")?.click();
    };
    this._onFilePicked = async (event) => {
      const input = event.target;
      const file = input.files?.[0];
      input.value = "";
      if (file) this.importJSON(await file.text());
    };
    ensureLocalization();
    updateWhenLocaleChanges(this);
    this.internals = this.attachInternals();
    this.current = this.schema.empty();
    for (const key of ["storageKey", "value"]) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const early = this[key];
        delete this[key];
        this[key] = early;
      }
    }
  }
  static get observedAttributes() {
    return [...super.observedAttributes, "value", "storage-key"];
  }
  /**
   * Describes the exercise's state: type, version, empty form, reader, migrations.
   * A getter on the prototype (not a field), because the constructor needs it.
   */
  get schema() {
    throw new Error(`${this.localName} must override the schema getter`);
  }
  /** The exercise state as plain JSON data. Reading gives a copy; setting validates first. */
  get value() {
    return structuredClone(this.current);
  }
  set value(next) {
    if (next === this._lastHostValue && next !== null && typeof next === "object") return;
    let data;
    try {
      data = JSON.parse(JSON.stringify(next));
    } catch {
      this._refuse([{ path: "", message: messages.notExercise() }], "property");
      return;
    }
    const result = parseState(this.schema, data);
    if (!result.ok) {
      this._refuse(result.errors, "property");
      return;
    }
    this._hostSetValue = true;
    this._lastHostValue = next;
    this._fieldErrors = /* @__PURE__ */ new Map();
    this._setState(result.value, { persist: this._initialised, origin: "host" });
  }
  /** localStorage key for autosave; `null` turns autosave off. */
  get storageKey() {
    return this._storageKey;
  }
  set storageKey(key) {
    const previous = this._storageKey;
    this._storageKey = key || null;
    if (this._initialised && this._storageKey && this._storageKey !== previous) {
      if (!this._restoreFromStorage()) this._save();
    }
  }
  /** The form this element belongs to, if any. */
  get form() {
    return this.internals.form;
  }
  /** `JSON.stringify(element)` gives the state. */
  toJSON() {
    return this.value;
  }
  /**
   * Applies state that comes from outside the page's script: a shared room or another tab.
   * It is validated like every other source; refused data fires `coprod-invalid` with this
   * `source` and changes nothing. Accepted data is shown, saved and submitted, but fires no
   * `coprod-change` (that event is for the user's own edits).
   * @param data - The state as plain JSON data.
   * @param source - Where it came from: `sync` (a room) or `storage` (another tab).
   * @returns whether the data was accepted
   */
  applyState(data, source) {
    const result = parseState(this.schema, data);
    if (!result.ok) {
      this._refuse(result.errors, source);
      return false;
    }
    this._setState(result.value, { persist: true, origin: source });
    return true;
  }
  /**
   * Calls `listener` after every change of the state, with why it changed; for bindings such
   * as a shared room. The state passed is the element's own (no copy): read it, never change it.
   * @param listener - Called with the new state and its origin.
   * @returns a function that stops the calls
   */
  watchState(listener) {
    const entry = listener;
    this._stateListeners.add(entry);
    return () => this._stateListeners.delete(entry);
  }
  /**
   * Reads exercise data from JSON text (a file the user opened). Valid data replaces
   * the state as a user edit; invalid data fires `coprod-invalid` with source `import`.
   * @returns whether the data was accepted
   */
  importJSON(text) {
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._refuse(result.errors, "import");
      return false;
    }
    this.commit(result.value);
    return true;
  }
  connectedCallback() {
    super.connectedCallback();
    if (this._initialised) return;
    this._initialised = true;
    if (this._storageKey) {
      if (this._hostSetValue) this._save();
      else this._restoreFromStorage();
    }
    this._syncForm();
  }
  attributeChangedCallback(name, old, value) {
    if (name === "value") this._onValueAttribute(old, value);
    else if (name === "storage-key") this.storageKey = value;
    else super.attributeChangedCallback(name, old, value);
  }
  /** Editing is off when `readonly` is set or a surrounding `<fieldset disabled>` disables the element. */
  get isReadonly() {
    return this.readonly || this._formDisabled;
  }
  /** Replaces the state after a user edit: saves, updates the form value, fires `coprod-change`. */
  commit(next) {
    this._undo = void 0;
    this._refusal = void 0;
    this._setState(next, { persist: true, origin: "user" });
  }
  /**
   * Replaces the state from a method the host calls (`addAction`, `addCard`): saved and
   * submitted like any change, but without `coprod-change`, which is for the user's own
   * edits. An Undo still on offer is withdrawn, since it would undo the host's change too.
   */
  replaceState(next) {
    this._undo = void 0;
    this._refusal = void 0;
    this._setState(next, { persist: true, origin: "host" });
  }
  /** Fires `coprod-invalid` for bad input to a host-called method; nothing changes. */
  refuseInput(errors) {
    this._refuse(errors, "property");
  }
  /** Commits a removal and offers to undo it until the next edit: nothing is lost by a wrong click. */
  commitRemoval(next, what) {
    const before = this.current;
    this.commit(next);
    this._undo = { before, what };
    this._focusUndo = true;
  }
  /** Says something to screen reader users through a polite live region. */
  announce(text) {
    this._announcement = "";
    setTimeout(() => this._announcement = text, 0);
  }
  /** The element's messages: refused data, undo, storage problems, announcements. */
  renderNotices() {
    const refusal = this._refusal;
    return b`<div class="notices" part="notices"><div role="status" aria-live="polite" class="visually-hidden">${this._announcement}</div>${refusal ? b`<div class="notice problem" role="alert"><div><p><strong>${this._refusalTitle(refusal.source)}</strong></p><ul>${refusal.errors.slice(0, 5).map((error) => b`<li>${error.message}</li>`)}</ul></div><button class="quiet" @click="${() => this._refusal = void 0}">${msg("Close message")}</button></div>` : A} ${this._storageFailed ? b`<p class="notice problem" role="alert">${msg("This browser could not save your work. Save it to a file so nothing is lost.")}</p>` : A} ${this._undo ? b`<div class="notice" role="status"><span>${msg(str`Removed: ${this._undo.what}`)}</span> <button class="undo" @click="${this._onUndo}">${msg("Undo")}</button></div>` : A}</div>`;
  }
  /** A labelled text field; refuses text over the limit with a message and keeps what was typed on screen. */
  renderTextField(options) {
    const id = fieldId(options.key);
    const limit = options.limit ?? TEXT_LIMIT;
    if (this.isReadonly) {
      return b`<div class="field" part="${options.part ?? "field"}"><span class="field-label">${options.label}</span><p class="read-text">${options.value}</p></div>`;
    }
    const overLimit = this._fieldErrors.get(options.key);
    const describedBy = [options.hint ? `${id}-hint` : "", overLimit ? `${id}-error` : ""].filter(Boolean).join(" ");
    const onInput = (event) => {
      const text = event.target.value;
      this._onTextInput(options.key, limit, text, options.apply);
    };
    const control = options.multiline ? b`<textarea id="${id}" .value="${options.value}" placeholder="${o$1(options.placeholder)}" aria-invalid="${overLimit ? "true" : "false"}" aria-describedby="${describedBy || A}" @input="${onInput}"></textarea>` : b`<input id="${id}" type="text" .value="${options.value}" placeholder="${o$1(options.placeholder)}" autocomplete="off" aria-invalid="${overLimit ? "true" : "false"}" aria-describedby="${describedBy || A}" @input="${onInput}">`;
    return b`<div class="field" part="${options.part ?? "field"}"><label for="${id}" class="${o$1(options.labelHidden ? "visually-hidden" : void 0)}">${options.label}</label> ${options.hint ? b`<p class="hint" id="${id}-hint">${options.hint}</p>` : A} ${control} ${overLimit ? b`<p class="error" id="${id}-error">${messages.tooLong(overLimit.length, overLimit.limit)}</p>` : A}</div>`;
  }
  /**
   * A labelled date field (`YYYY-MM-DD`), optional unless `required`. An empty field gives
   * `null`; the browser's date picker only gives real dates, so no other check is needed.
   */
  renderDateField(options) {
    const id = fieldId(options.key);
    if (this.isReadonly) {
      return b`<div class="field" part="${options.part ?? "field"}"><span class="field-label">${options.label}</span><p class="read-text">${options.value ? formatDate(options.value) : ""}</p></div>`;
    }
    return b`<div class="field" part="${options.part ?? "field"}"><label for="${id}">${options.label}</label> ${options.hint ? b`<p class="hint" id="${id}-hint">${options.hint}</p>` : A} <input id="${id}" type="date" .value="${options.value ?? ""}" aria-describedby="${options.hint ? `${id}-hint` : A}" @change="${(event) => this.commit(options.apply(event.target.value || null))}"></div>`;
  }
  /** Buttons to save the exercise as a JSON file and open one again (hidden when read-only). */
  renderFileActions(fileName) {
    if (this.isReadonly) return A;
    return b`<div class="file-actions" part="file-actions"><button type="button" class="quiet" @click="${() => this._download(fileName)}">${msg("Save to a file")}</button> <button type="button" class="quiet" @click="${this._pickFile}">${msg("Open a saved file")}</button> <input type="file" accept="application/json,.json" hidden @change="${this._onFilePicked}"></div>`;
  }
  updated(changed) {
    super.updated(changed);
    if (this._focusUndo) {
      this._focusUndo = false;
      this.renderRoot.querySelector("button.undo")?.focus();
    }
  }
  // Form-associated custom element callbacks (ElementInternals).
  formResetCallback() {
    this._refusal = void 0;
    this._undo = void 0;
    this._fieldErrors = /* @__PURE__ */ new Map();
    this._setState(this._startingState(), { persist: true, origin: "reset" });
  }
  formStateRestoreCallback(saved) {
    if (typeof saved !== "string") return;
    const result = parseStateText(this.schema, saved);
    if (result.ok) this._setState(result.value, { persist: true, origin: "reset" });
  }
  formDisabledCallback(disabled) {
    this._formDisabled = disabled;
  }
  _startingState() {
    const text = this.getAttribute("value");
    if (text !== null) {
      const result = parseStateText(this.schema, text);
      if (result.ok) return result.value;
    }
    return this.schema.empty();
  }
  _onValueAttribute(old, text) {
    if (text === null || text === old) return;
    if (!this._initialised && this._hostSetValue) return;
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._refuse(result.errors, "attribute");
      return;
    }
    this._setState(result.value, { persist: this._initialised, origin: "host" });
  }
  _restoreFromStorage() {
    const key = this._storageKey;
    if (!key) return false;
    const text = readStorage(key);
    if (text === null) return false;
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._unreadableStored = text;
      this._refuse(result.errors, "storage");
      return false;
    }
    this._setState(result.value, { persist: false, origin: "storage" });
    return true;
  }
  _save() {
    const key = this._storageKey;
    if (!key) return;
    try {
      if (this._unreadableStored !== null) {
        localStorage.setItem(`${key}:unreadable`, this._unreadableStored);
        this._unreadableStored = null;
      }
      localStorage.setItem(key, JSON.stringify(this.current));
      this._storageFailed = false;
    } catch {
      this._storageFailed = true;
    }
  }
  _setState(next, how) {
    this.current = next;
    this._syncForm();
    if (how.persist) this._save();
    for (const listener of this._stateListeners) listener(next, how.origin);
    if (how.origin === "user") this.dispatchEvent(new CoprodChangeEvent(structuredClone(next)));
  }
  _syncForm() {
    const text = JSON.stringify(this.current);
    this.internals.setFormValue(text, text);
  }
  _refuse(errors, source) {
    if (source !== "property") this._refusal = { source, errors };
    this.dispatchEvent(new CoprodInvalidEvent(errors, source));
  }
  _refusalTitle(source) {
    switch (source) {
      case "storage":
        return msg("The work saved in this browser could not be read. It is kept, unchanged.");
      case "import":
        return msg("This file could not be opened. Nothing was changed.");
      case "sync":
        return msg("A change from the shared room could not be read. Your exercise is unchanged.");
      default:
        return msg("The data given to this exercise could not be read. Nothing was changed.");
    }
  }
  _onTextInput(key, limit, text, apply) {
    if (text.length > limit) {
      this._fieldErrors = new Map(this._fieldErrors).set(key, { length: text.length, limit });
      return;
    }
    if (this._fieldErrors.has(key)) {
      const errors = new Map(this._fieldErrors);
      errors.delete(key);
      this._fieldErrors = errors;
    }
    this.commit(apply(text));
  }
  _download(fileName) {
    const blob = new Blob([JSON.stringify(this.current, null, 2)], { type: "application/json" });
    downloadBlob(blob, fileName);
  }
}
CoprodElement.formAssociated = true;
CoprodElement.styles = [tokenStyles, controlStyles];
__decorateClass$6([
  n$1({ reflect: true })
], CoprodElement.prototype, "name");
__decorateClass$6([
  n$1({ type: Boolean, reflect: true })
], CoprodElement.prototype, "readonly");
__decorateClass$6([
  r()
], CoprodElement.prototype, "current");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_refusal");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_undo");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_announcement");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_fieldErrors");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_formDisabled");
__decorateClass$6([
  r()
], CoprodElement.prototype, "_storageFailed");

const builtInRungIds = {
  "co-production": ["coercion", "educating", "informing", "consultation", "engagement", "co-design", "co-production"],
  arnstein: ["manipulation", "therapy", "informing", "consultation", "placation", "partnership", "delegated-power", "citizen-control"]
};
function coProductionLadder() {
  return {
    id: "co-production",
    label: msg("Ladder of co-production"),
    groups: [
      { id: "doing-to", label: msg("Doing to"), description: msg("Others decide. People are not asked.") },
      { id: "doing-for", label: msg("Doing for"), description: msg("People are told or asked, but others decide.") },
      { id: "doing-with", label: msg("Doing with"), description: msg("People decide and act together, as equals.") }
    ],
    rungs: [
      {
        id: "coercion",
        group: "doing-to",
        avoid: true,
        label: msg("Coercion"),
        description: msg("People must take part or accept a service. They have no say.")
      },
      {
        id: "educating",
        group: "doing-to",
        avoid: false,
        label: msg("Educating"),
        description: msg("You explain what a service is and how it works, so people understand it.")
      },
      {
        id: "informing",
        group: "doing-for",
        avoid: false,
        label: msg("Informing"),
        description: msg("You tell people what will happen or what has been decided.")
      },
      {
        id: "consultation",
        group: "doing-for",
        avoid: false,
        label: msg("Consultation"),
        description: msg("You ask people what they think. You decide what to do with it.")
      },
      {
        id: "engagement",
        group: "doing-for",
        avoid: false,
        label: msg("Engagement"),
        description: msg("People have a say in some choices. The organisation still leads.")
      },
      {
        id: "co-design",
        group: "doing-with",
        avoid: false,
        label: msg("Co-design"),
        description: msg("People design the service together with professionals, as equals.")
      },
      {
        id: "co-production",
        group: "doing-with",
        avoid: false,
        label: msg("Co-production"),
        description: msg("People design and deliver the service together with professionals. They share power and responsibility.")
      }
    ]
  };
}
function arnsteinLadder() {
  return {
    id: "arnstein",
    label: msg("Arnstein's ladder of participation (1969)"),
    groups: [
      { id: "nonparticipation", label: msg("Nonparticipation"), description: msg("People have no real influence.") },
      { id: "tokenism", label: msg("Tokenism"), description: msg("People may speak, but others decide.") },
      { id: "citizen-power", label: msg("Citizen power"), description: msg("Citizens share or hold the power to decide.") }
    ],
    rungs: [
      {
        id: "manipulation",
        group: "nonparticipation",
        avoid: true,
        label: msg("Manipulation"),
        description: msg("People sit on a board or in a meeting for show. They have no real influence.")
      },
      {
        id: "therapy",
        group: "nonparticipation",
        avoid: true,
        label: msg("Therapy"),
        description: msg("People are seen as the problem to fix. Nobody asks what they need.")
      },
      {
        id: "informing",
        group: "tokenism",
        avoid: false,
        label: msg("Informing"),
        description: msg("People hear about their rights and choices. Information goes one way.")
      },
      {
        id: "consultation",
        group: "tokenism",
        avoid: false,
        label: msg("Consultation"),
        description: msg("People give their views, for example in a survey or a meeting. It is not sure that their views count.")
      },
      {
        id: "placation",
        group: "tokenism",
        avoid: false,
        label: msg("Placation"),
        description: msg("A few people may join in and give advice. The power stays with others.")
      },
      {
        id: "partnership",
        group: "citizen-power",
        avoid: false,
        label: msg("Partnership"),
        description: msg("Citizens and the organisation plan and decide together.")
      },
      {
        id: "delegated-power",
        group: "citizen-power",
        avoid: false,
        label: msg("Delegated power"),
        description: msg("Citizens have the most say over a plan or service.")
      },
      {
        id: "citizen-control",
        group: "citizen-power",
        avoid: false,
        label: msg("Citizen control"),
        description: msg("Citizens run a service or project fully themselves.")
      }
    ]
  };
}
function resolveCustom(model) {
  return {
    id: model.id,
    label: localText(model.label) || model.id,
    groups: model.groups.map((group) => ({
      id: group.id,
      label: localText(group.label),
      description: localText(group.description)
    })),
    rungs: model.rungs.map((rung) => ({
      id: rung.id,
      group: rung.group,
      label: localText(rung.label),
      description: localText(rung.description),
      avoid: false
    }))
  };
}
function resolveModel(model) {
  if (model === "co-production") return coProductionLadder();
  if (model === "arnstein") return arnsteinLadder();
  return resolveCustom(model);
}
function rungIdsOf(model) {
  return typeof model === "string" ? builtInRungIds[model] : model.rungs.map((rung) => rung.id);
}

const perspectives = ["individual", "team"];
const tendencies = ["to", "for", "with"];
const builtInModelIds = ["co-production", "arnstein"];

const MAX_RUNGS = 30;
const MAX_EXAMPLES = 200;
function emptyLadder() {
  return {
    type: "coprod-ladder",
    version: 1,
    model: "co-production",
    perspective: "individual",
    examples: [],
    reflection: { tendency: null, moveUp: "", skills: "", support: "" }
  };
}
function emptyExample(id) {
  return { id, what: "", rung: null, outcomes: "", better: "" };
}
function nextExampleId(examples) {
  const used = new Set(examples.map((example) => example.id));
  let n = examples.length + 1;
  while (used.has(`e${n}`)) n++;
  return `e${n}`;
}
function readCustomModel(value, path, check) {
  const id = check.id(value.id, pointer(path, "id"));
  const groups = check.list(value.groups, pointer(path, "groups"), { optional: false, max: MAX_RUNGS }).map(
    (raw, index) => {
      const at = pointer(pointer(path, "groups"), index);
      const group = check.object(raw, at) ?? {};
      return {
        id: check.id(group.id, pointer(at, "id")),
        label: check.localLabel(group.label, pointer(at, "label")),
        ...group.description !== void 0 && { description: check.localLabel(group.description, pointer(at, "description"), { limit: TEXT_LIMIT }) }
      };
    }
  );
  check.uniqueIds(groups, pointer(path, "groups"));
  const groupIds = groups.map((group) => group.id);
  const rungs = check.list(value.rungs, pointer(path, "rungs"), { optional: false, max: MAX_RUNGS }).map(
    (raw, index) => {
      const at = pointer(pointer(path, "rungs"), index);
      const rung = check.object(raw, at) ?? {};
      return {
        id: check.id(rung.id, pointer(at, "id")),
        group: check.oneOf(rung.group, groupIds, pointer(at, "group")) ?? "",
        label: check.localLabel(rung.label, pointer(at, "label")),
        ...rung.description !== void 0 && { description: check.localLabel(rung.description, pointer(at, "description"), { limit: TEXT_LIMIT }) }
      };
    }
  );
  if (groups.length === 0 && Array.isArray(value.groups)) check.fail(pointer(path, "groups"), messages.emptyList());
  if (rungs.length === 0 && Array.isArray(value.rungs)) check.fail(pointer(path, "rungs"), messages.emptyList());
  check.uniqueIds(rungs, pointer(path, "rungs"));
  return {
    id,
    ...value.label !== void 0 && { label: check.localLabel(value.label, pointer(path, "label")) },
    groups,
    rungs
  };
}
function readExample(value, path, rungIds, check) {
  const example = check.object(value, path) ?? {};
  return {
    id: check.id(example.id, pointer(path, "id")),
    what: check.text(example.what, pointer(path, "what")),
    rung: check.oneOfOrNull(example.rung, rungIds, pointer(path, "rung")),
    outcomes: check.text(example.outcomes, pointer(path, "outcomes")),
    better: check.text(example.better, pointer(path, "better"))
  };
}
const ladderSchema = {
  type: "coprod-ladder",
  version: 1,
  empty: emptyLadder,
  read(data, check) {
    const model = typeof data.model === "object" && data.model !== null && !Array.isArray(data.model) ? readCustomModel(data.model, "/model", check) : data.model === void 0 ? "co-production" : check.oneOf(data.model, builtInModelIds, "/model") ?? "co-production";
    const rungIds = rungIdsOf(model);
    const examples = check.list(data.examples, "/examples", { max: MAX_EXAMPLES }).map((example, index) => readExample(example, pointer("/examples", index), rungIds, check));
    check.uniqueIds(examples, "/examples");
    const reflection = data.reflection === void 0 ? {} : check.object(data.reflection, "/reflection") ?? {};
    return {
      type: "coprod-ladder",
      version: 1,
      model,
      perspective: data.perspective === void 0 ? "individual" : check.oneOf(data.perspective, perspectives, "/perspective") ?? "individual",
      examples,
      reflection: {
        tendency: check.oneOfOrNull(reflection.tendency, tendencies, "/reflection/tendency"),
        moveUp: check.text(reflection.moveUp, "/reflection/moveUp"),
        skills: check.text(reflection.skills, "/reflection/skills"),
        support: check.text(reflection.support, "/reflection/support")
      }
    };
  }
};

const ladderStyles = i$6`:host{--_rail:var(--coprod-ladder-rail-color,var(--_border));--_rung-background:var(--coprod-ladder-rung-background,var(--_surface));--_example-background:var(--coprod-ladder-example-background,var(--_surface-alt));padding:calc(var(--_space) * 2)}.intro{margin:0 0 calc(var(--_space) * 2);max-width:60ch}.settings{gap:calc(var(--_space) * 3);margin-bottom:calc(var(--_space) * 2);flex-wrap:wrap;align-items:flex-start;display:flex}.settings .field{min-width:min(100%,16rem);margin:0}.layout{gap:calc(var(--_space) * 3);display:grid}@container (width>=56rem){.layout{grid-template-columns:minmax(18rem,2fr) 3fr;align-items:start}.ladder{top:var(--_space);position:sticky}}.ladder{margin:0}.ladder figcaption{margin-bottom:var(--_space);font-weight:700}.higher-note{margin:0 0 var(--_space);color:var(--_muted)}.groups,.rungs,.placed{margin:0;padding:0;list-style:none}.groups{border-inline:.4rem solid var(--_rail);border-radius:.25rem;padding:0 .5rem}.group{padding:var(--_space) 0}.group+.group{border-top:2px dashed var(--_rail)}.group-heading{align-items:baseline;gap:0 var(--_space);margin:0 0 var(--_space);flex-wrap:wrap;font-size:1rem;display:flex}.group-description{color:var(--_muted);font-weight:400}.rung{gap:0 var(--_space);padding:var(--_space);margin-bottom:var(--_space);border:2px solid var(--_rail);border-radius:var(--_radius);background:var(--_rung-background);grid-template-columns:auto 1fr;display:grid}.group[data-tone=to] .rung{background:var(--coprod-ladder-doing-to-background,var(--_group-to))}.group[data-tone=for] .rung{background:var(--coprod-ladder-doing-for-background,var(--_group-for))}.group[data-tone=with] .rung{background:var(--coprod-ladder-doing-with-background,var(--_group-with))}.rung-number{border:2px solid var(--_rail);background:var(--_surface);border-radius:50%;place-items:center;width:2rem;height:2rem;font-weight:700;display:inline-grid}.rung-name{font-weight:700}.rung-description{margin:0;font-size:.95em}.avoid{color:var(--_warning);font-weight:600}.placed{margin-top:var(--_space);flex-wrap:wrap;grid-column:1/-1;gap:.4rem;display:flex}.placed:empty{display:none}.placed-example{max-width:100%}.placed-example button,.placed-example span{white-space:nowrap;text-overflow:ellipsis;background:var(--_accent);max-width:100%;min-height:2rem;color:var(--_on-accent);border:2px solid var(--_accent);border-radius:999px;padding:.2rem .6rem;font-size:.9em;font-weight:600;display:inline-block;overflow:hidden}.worksheet>h3,.reflection>h3{font-size:1.2rem}.progress{margin:0 0 calc(var(--_space) * 2);padding:var(--_space) calc(var(--_space) * 1.5);border-left:.4rem solid var(--_accent);background:var(--_accent-soft);border-radius:var(--_radius)}.examples{gap:calc(var(--_space) * 2);margin-bottom:calc(var(--_space) * 2);display:grid}.example{padding:calc(var(--_space) * 2);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_example-background);scroll-margin-top:var(--_space)}.example h4{font-size:1.1rem}.rung-choices{gap:.25rem;display:grid}.rung-group{padding-left:var(--_space);border-left:.3rem solid var(--_rail);gap:0;margin-top:.25rem;display:grid}.rung-group-name{color:var(--_muted);font-size:.9em;font-weight:600}.chosen-rung{margin:0}.example-actions{justify-content:flex-end;display:flex}.reflection{margin-top:calc(var(--_space) * 3);padding-top:calc(var(--_space) * 2);border-top:2px solid var(--_border)}@media (forced-colors:active){.groups,.rung,.rung-number,.example,.rung-group{border-color:canvastext}.placed-example button,.placed-example span{forced-color-adjust:none;color:highlighttext;background:highlight;border-color:highlight}}@media print{:host{padding:0}.layout{display:block}.ladder{margin-bottom:1rem;position:static}h2,h3,h4,figcaption{break-after:avoid}.example,.rung{break-inside:avoid}}`;

const toneOfGroup = { "doing-to": "to", "doing-for": "for", "doing-with": "with", nonparticipation: "to", tokenism: "for", "citizen-power": "with" };
class CoprodLadder extends CoprodElement {
  constructor() {
    super(...arguments);
    this._onModelChange = (event) => {
      const choice = event.target.value;
      const model = choice.startsWith("custom:") ? this._customModel : builtInModelIds.includes(choice) ? choice : void 0;
      if (!model) return;
      const rungIds = rungIdsOf(model);
      let unplaced = 0;
      const examples = this.current.examples.map((example) => {
        if (example.rung === null || rungIds.includes(example.rung)) return example;
        unplaced++;
        return { ...example, rung: null };
      });
      this.commit({ ...this.current, model, examples });
      if (unplaced === 1) this.announce(msg("1 example has no step on this ladder. Choose a step for it again."));
      else if (unplaced > 1) this.announce(msg(str`${unplaced} examples have no step on this ladder. Choose a step for them again.`));
    };
    /** Native radios give the arrow keys; Home and End go to the top and bottom choice. */
    this._onRungKeydown = (event) => {
      if (event.key !== "Home" && event.key !== "End") return;
      const radios = [...event.currentTarget.querySelectorAll("input[type=radio]")];
      const target = event.key === "Home" ? radios[0] : radios[radios.length - 1];
      if (!target) return;
      event.preventDefault();
      target.focus();
      if (!target.checked) target.click();
    };
    this._addExample = () => {
      const id = nextExampleId(this.current.examples);
      this.commit({ ...this.current, examples: [...this.current.examples, emptyExample(id)] });
      this._focusExample = id;
    };
  }
  get schema() {
    return ladderSchema;
  }
  render() {
    const state = this.current;
    if (typeof state.model === "object") this._customModel = state.model;
    const model = resolveModel(state.model);
    return b`<header part="header"><h2>${msg("Participation ladder")}</h2><p class="intro">${this._isTeam ? msg("Look at the steps of the ladder. Where does the work of your team or service fit? Write down examples, then think about what you want to change.") : msg("Look at the steps of the ladder. Where does your own work fit? Write down examples, then think about what you want to change.")}</p>${this._renderSettings(model)}</header>${this.renderNotices()}<div class="layout">${this._renderLadder(model)}<div class="worksheet" part="worksheet">${this._renderExamples(model)} ${this._renderReflection()}</div></div><div class="footer">${this.renderFileActions("participation-ladder.json")}</div>`;
  }
  updated(changed) {
    super.updated(changed);
    if (this._focusExample) {
      const id = this._focusExample;
      this._focusExample = void 0;
      this.renderRoot.querySelector(`#${fieldId(`${id}-what`)}`)?.focus();
    }
  }
  get _isTeam() {
    return this.current.perspective === "team";
  }
  _renderSettings(model) {
    const perspectiveLabel = (perspective) => perspective === "individual" ? msg('Me ("I")') : msg('Our team or service ("we")');
    if (this.isReadonly) {
      return b`<p class="settings"><span><strong>${msg("Ladder:")}</strong> ${model.label}</span> <span><strong>${msg("About:")}</strong> ${perspectiveLabel(this.current.perspective)}</span></p>`;
    }
    const modelOptions = builtInModelIds.map((id) => ({ id, label: resolveModel(id).label }));
    if (this._customModel) modelOptions.push({ id: `custom:${this._customModel.id}`, label: resolveModel(this._customModel).label });
    const selectedModel = typeof this.current.model === "string" ? this.current.model : `custom:${this.current.model.id}`;
    return b`<div class="settings"><fieldset class="field"><legend>${msg("Who is this about?")}</legend><div class="choice-row">${["individual", "team"].map(
      (perspective) => b`<label class="choice"><input type="radio" name="perspective" value="${perspective}" .checked="${this.current.perspective === perspective}" @change="${() => this._setPerspective(perspective)}"> ${perspectiveLabel(perspective)}</label>`
    )}</div></fieldset><div class="field"><label for="model">${msg("Which ladder?")}</label> <select id="model" @change="${this._onModelChange}">${modelOptions.map((option) => b`<option value="${option.id}" ?selected="${option.id === selectedModel}">${option.label}</option>`)}</select></div></div>`;
  }
  _renderLadder(model) {
    const rungsTopFirst = [...model.rungs].reverse();
    const groupsTopFirst = model.groups.filter((group) => model.rungs.some((rung) => rung.group === group.id)).reverse();
    const top = model.rungs[model.rungs.length - 1];
    const bottom = model.rungs[0];
    return b`<figure class="ladder" part="ladder" aria-labelledby="ladder-caption"><figcaption id="ladder-caption">${msg(str`${model.label}: ${model.rungs.length} steps, from ${bottom?.label ?? ""} at the bottom to ${top?.label ?? ""} at the top.`)}</figcaption><p class="higher-note">${msg("Higher is not always better. Sometimes informing or asking people is just right. Choose your step on purpose.")}</p><ol class="groups">${groupsTopFirst.map(
      (group) => b`<li class="group" part="group" data-tone="${toneOfGroup[group.id] ?? A}"><h3 class="group-heading" id="group-${fieldId(group.id)}"><span>${group.label}</span> ${group.description ? b`<span class="group-description">${group.description}</span>` : A}</h3><ol class="rungs" aria-labelledby="group-${fieldId(group.id)}">${rungsTopFirst.filter((rung) => rung.group === group.id).map((rung) => this._renderRung(model, rung))}</ol></li>`
    )}</ol></figure>`;
  }
  _renderRung(model, rung) {
    const step = model.rungs.indexOf(rung) + 1;
    const placed = this.current.examples.filter((example) => example.rung === rung.id);
    return b`<li class="rung" part="rung" data-rung="${rung.id}"><span class="rung-number" aria-hidden="true">${step}</span><div><span class="rung-name"><span class="visually-hidden">${msg(str`Step ${step}:`)} </span>${rung.label}</span><p class="rung-description" id="rung-description-${fieldId(rung.id)}">${rung.description} ${rung.avoid ? b`<span class="avoid">${msg("Try to avoid this step.")}</span>` : A}</p></div><ul class="placed" aria-label="${msg(str`Examples on ${rung.label}`)}">${placed.map((example) => this._renderPlacedExample(example))}</ul></li>`;
  }
  _renderPlacedExample(example) {
    const name = this._exampleName(example);
    const summary = example.what.trim() ? `${name}: ${example.what.trim()}` : name;
    return b`<li class="placed-example" part="placed-example">${this.isReadonly ? b`<span title="${summary}">${summary}</span>` : b`<button type="button" title="${summary}" @click="${() => this._goToExample(example.id)}">${summary}</button>`}</li>`;
  }
  _exampleName(example) {
    return msg(str`Example ${this.current.examples.indexOf(example) + 1}`);
  }
  _renderExamples(model) {
    const examples = this.current.examples;
    return b`<h3>${msg("Examples from practice")}</h3>${this._renderProgress()}<div class="examples">${examples.map((example) => this._renderExample(model, example))}</div>${this.isReadonly ? examples.length === 0 ? b`<p class="hint">${msg("No examples yet.")}</p>` : A : b`<button type="button" class="primary" @click="${this._addExample}">${msg("Add an example")}</button>`}`;
  }
  /** The worksheet asks for at least one "doing with" and one "doing for" example: a tip, never a block. */
  _renderProgress() {
    if (this.current.model !== "co-production" || this.isReadonly) return A;
    const groupOf = (rungId) => rungId === null ? void 0 : resolveModel("co-production").rungs.find((rung) => rung.id === rungId)?.group;
    const groups = new Set(this.current.examples.map((example) => groupOf(example.rung)));
    const hasWith = groups.has("doing-with");
    const hasFor = groups.has("doing-for");
    const text = hasWith && hasFor ? msg('You have an example of "doing for" and of "doing with". Well done.') : hasWith ? msg('Tip: also add an example of "doing for".') : hasFor ? msg('Tip: also add an example of "doing with".') : msg('Tip: write at least one example of "doing with" and one of "doing for".');
    return b`<p class="progress">${text}</p>`;
  }
  _renderExample(model, example) {
    const name = this._exampleName(example);
    const headingId = `heading-${fieldId(example.id)}`;
    return b`<article class="example" part="example" id="example-${fieldId(example.id)}" aria-labelledby="${headingId}"><h4 id="${headingId}">${name}</h4>${this.renderTextField({
      key: `${example.id}-what`,
      label: this._isTeam ? msg("What we do") : msg("What I did"),
      value: example.what,
      multiline: true,
      apply: (what) => this._updateExample(example.id, { what })
    })} ${this._renderRungChoice(model, example)} ${this.renderTextField({
      key: `${example.id}-outcomes`,
      label: msg("What outcomes were achieved?"),
      value: example.outcomes,
      multiline: true,
      apply: (outcomes) => this._updateExample(example.id, { outcomes })
    })} ${this.renderTextField({
      key: `${example.id}-better`,
      label: this._isTeam ? msg("How could we have achieved a better outcome?") : msg("How could I have achieved a better outcome?"),
      value: example.better,
      multiline: true,
      apply: (better) => this._updateExample(example.id, { better })
    })} ${this.isReadonly ? A : b`<div class="example-actions"><button type="button" class="quiet" @click="${() => this._removeExample(example)}">${msg(str`Remove ${name}`)}</button></div>`}</article>`;
  }
  _renderRungChoice(model, example) {
    const legend = msg("Where does this fit on the ladder?");
    if (this.isReadonly) {
      const rung = model.rungs.find((candidate) => candidate.id === example.rung);
      const group = rung && model.groups.find((candidate) => candidate.id === rung.group);
      return b`<div class="field"><span class="field-label">${legend}</span><p class="chosen-rung">${rung ? `${rung.label} (${group?.label ?? ""})` : msg("Not chosen yet")}</p></div>`;
    }
    const name = `rung-${fieldId(example.id)}`;
    const groupsTopFirst = [...model.groups].reverse();
    const radio = (rungId, label, describedBy) => b`<label class="choice"><input type="radio" name="${name}" .checked="${example.rung === rungId}" aria-describedby="${describedBy ?? A}" @change="${() => this._placeExample(example.id, rungId)}"> ${label}</label>`;
    return b`<fieldset class="field rung-choices" @keydown="${this._onRungKeydown}"><legend>${legend}</legend>${groupsTopFirst.map((group) => {
      const rungs = model.rungs.filter((rung) => rung.group === group.id).reverse();
      if (!rungs.length) return A;
      return b`<div class="rung-group" role="group" aria-label="${group.label}"><span class="rung-group-name" aria-hidden="true">${group.label}</span> ${rungs.map((rung) => radio(rung.id, rung.label, `rung-description-${fieldId(rung.id)}`))}</div>`;
    })} ${radio(null, msg("Not sure yet"))}</fieldset>`;
  }
  _renderReflection() {
    const reflection = this.current.reflection;
    const team = this._isTeam;
    const tendencyLabel = {
      to: msg("Doing to"),
      for: msg("Doing for"),
      with: msg("Doing with")
    };
    const legend = team ? msg("In our service we tend to work by\u2026") : msg("In my own practice I tend to work by\u2026");
    const update = (change) => ({ ...this.current, reflection: { ...this.current.reflection, ...change } });
    return b`<section class="reflection" part="reflection" aria-labelledby="reflection-heading"><h3 id="reflection-heading">${msg("Reflection")}</h3>${this.isReadonly ? b`<div class="field"><span class="field-label">${legend}</span><p class="read-text">${reflection.tendency ? tendencyLabel[reflection.tendency] : ""}</p></div>` : b`<fieldset class="field"><legend>${legend}</legend><div class="choice-row">${tendencies.map(
      (tendency) => b`<label class="choice"><input type="radio" name="tendency" .checked="${reflection.tendency === tendency}" @change="${() => this.commit(update({ tendency }))}"> ${tendencyLabel[tendency]}</label>`
    )} <label class="choice"><input type="radio" name="tendency" .checked="${reflection.tendency === null}" @change="${() => this.commit(update({ tendency: null }))}"> ${msg("Not sure yet")}</label></div></fieldset>`} ${this.renderTextField({
      key: "reflection-moveUp",
      label: team ? msg('How can we make sure our everyday work moves up the ladder, towards "doing with"?') : msg('How can I make sure my everyday work moves up the ladder, towards "doing with"?'),
      value: reflection.moveUp,
      multiline: true,
      apply: (moveUp) => update({ moveUp })
    })} ${this.renderTextField({
      key: "reflection-skills",
      label: team ? msg("Which skills do we need to learn to move up the ladder?") : msg("Which skills do I need to learn to move up the ladder?"),
      value: reflection.skills,
      multiline: true,
      apply: (skills) => update({ skills })
    })} ${this.renderTextField({
      key: "reflection-support",
      label: team ? msg("How can we get support to learn these skills?") : msg("How can I get support to learn these skills?"),
      value: reflection.support,
      multiline: true,
      apply: (support) => update({ support })
    })}</section>`;
  }
  _updateExample(id, change) {
    return {
      ...this.current,
      examples: this.current.examples.map((example) => example.id === id ? { ...example, ...change } : example)
    };
  }
  _placeExample(id, rung) {
    this.commit(this._updateExample(id, { rung }));
    const model = resolveModel(this.current.model);
    const example = this.current.examples.find((candidate) => candidate.id === id);
    const placedOn = model.rungs.find((candidate) => candidate.id === rung);
    if (example && placedOn) this.announce(msg(str`${this._exampleName(example)} is now on ${placedOn.label}.`));
  }
  _setPerspective(perspective) {
    this.commit({ ...this.current, perspective });
  }
  _removeExample(example) {
    const name = this._exampleName(example);
    const what = example.what.trim() ? `${name} (${example.what.trim().slice(0, 40)})` : name;
    this.commitRemoval({ ...this.current, examples: this.current.examples.filter((candidate) => candidate.id !== example.id) }, what);
  }
  _goToExample(id) {
    const card = this.renderRoot.querySelector(`#example-${fieldId(id)}`);
    card?.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    this.renderRoot.querySelector(`#${fieldId(`${id}-what`)}`)?.focus({ preventScroll: true });
  }
}
CoprodLadder.styles = [...CoprodElement.styles, ladderStyles];

defineElement("coprod-ladder", CoprodLadder);

class PrintController {
  constructor(host) {
    this.host = host;
    /** True between the browser's `beforeprint` and `afterprint`. */
    this.active = false;
    this._before = () => {
      this.active = true;
      this.host.requestUpdate();
      this.host.performUpdate();
    };
    this._after = () => {
      this.active = false;
      this.host.requestUpdate();
    };
    host.addController(this);
  }
  hostConnected() {
    window.addEventListener("beforeprint", this._before);
    window.addEventListener("afterprint", this._after);
  }
  hostDisconnected() {
    window.removeEventListener("beforeprint", this._before);
    window.removeEventListener("afterprint", this._after);
  }
}

const PHOTO_MAX_SIZE = 256;
function fitWithin(width, height, max = PHOTO_MAX_SIZE) {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
async function photoFileToDataUrl(file, max = PHOTO_MAX_SIZE) {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  try {
    const size = fitWithin(bitmap.width, bitmap.height, max);
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const webp = canvas.toDataURL("image/webp", 0.82);
    return webp.startsWith("data:image/webp") ? webp : canvas.toDataURL("image/jpeg", 0.85);
  } finally {
    bitmap.close();
  }
}

const defaultSectionIds = ["appreciate", "important", "support"];

const MAX_SECTIONS = 20;
const MAX_ITEMS = 50;
const MAX_AGE = 130;
function isDefaultSection(id) {
  return defaultSectionIds.includes(id);
}
function emptyProfile() {
  return {
    type: "coprod-profile",
    version: 1,
    name: "",
    age: null,
    photo: null,
    show: { age: true, photo: true },
    // One empty item per section, so a person can start typing straight away.
    sections: defaultSectionIds.map((id) => ({ id, items: [""] }))
  };
}
function nextSectionId(sections) {
  const used = new Set(sections.map((section) => section.id));
  let n = 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}
function moveSection(sections, from, to) {
  const list = [...sections];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = list.splice(from, 1);
  if (moved) list.splice(target, 0, moved);
  return list;
}
function readSection(value, path, check) {
  const section = check.object(value, path) ?? {};
  const id = check.id(section.id, pointer(path, "id"));
  const items = check.list(section.items, pointer(path, "items"), { max: MAX_ITEMS }).map((item, index) => check.text(item, pointer(pointer(path, "items"), index)));
  return section.title === void 0 ? { id, items } : { id, title: check.name(section.title, pointer(path, "title")), items };
}
const profileSchema = {
  type: "coprod-profile",
  version: 1,
  empty: emptyProfile,
  read(data, check) {
    const show = data.show === void 0 ? {} : check.object(data.show, "/show") ?? {};
    const sections = data.sections === void 0 ? emptyProfile().sections : check.list(data.sections, "/sections", { max: MAX_SECTIONS }).map((section, index) => readSection(section, pointer("/sections", index), check));
    check.uniqueIds(sections, "/sections");
    return {
      type: "coprod-profile",
      version: 1,
      name: check.text(data.name, "/name", NAME_LIMIT),
      age: check.wholeNumberOrNull(data.age, "/age", 0, MAX_AGE),
      photo: check.safeUrlOrNull(data.photo, "/photo"),
      show: {
        age: check.boolean(show.age, "/show/age", true),
        photo: check.boolean(show.photo, "/show/photo", true)
      },
      sections
    };
  }
};

const profileStyles = i$6`:host{--_card-background:var(--coprod-profile-card-background,var(--_surface));--_card-border:var(--coprod-profile-card-border-color,var(--_border));--_section-background:var(--coprod-profile-section-background,var(--_surface-alt));--_section-min-height:var(--coprod-profile-section-min-height,7rem);--_photo-size:var(--coprod-profile-photo-size,7rem);font-size:var(--coprod-profile-font-size,1.125rem);background:0 0;height:100%}.card{gap:calc(var(--_space) * 2);height:100%;padding:calc(var(--_space) * 2.5);border:2px solid var(--_card-border);border-radius:calc(var(--_radius) * 2);background:var(--_card-background);flex-direction:column;display:flex}.form-title{margin:0;font-size:1.4em}.intro{max-width:60ch;margin:0}.show{margin:0}.choice-row{gap:var(--_space) calc(var(--_space) * 3);flex-wrap:wrap;display:flex}.notices:empty{display:none}.top{align-items:center;gap:calc(var(--_space) * 2);flex-wrap:wrap;display:flex}.who{flex:14rem;min-width:0;max-width:36rem}.who .field{margin-bottom:var(--_space)}.name{overflow-wrap:anywhere;text-wrap:balance;margin:0;font-size:1.75em}.age{color:var(--_muted);margin:.25rem 0 0}.age-field input{max-width:8rem}.photo{width:var(--_photo-size);height:var(--_photo-size);border:3px solid var(--_card-border);background:var(--_accent-soft);border-radius:50%;flex:none;place-items:center;display:grid;overflow:hidden}.photo img{object-fit:cover;width:100%;height:100%;display:block}.initials{color:var(--_accent);font-size:2.2em;font-weight:700}.placeholder{width:70%;height:70%;fill:var(--_accent);opacity:.45;margin-top:30%}.photo-controls{gap:var(--_space);display:grid}.photo-actions{gap:var(--_space);flex-wrap:wrap;display:flex}.photo-url{max-width:44rem;margin:0}.sections{gap:calc(var(--_space) * 2);flex:1;grid-template-columns:1fr;align-content:start;display:grid}.card.readonly .sections{grid-auto-rows:1fr}@container (width>=52rem){.sections{grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}}.section{gap:var(--_space);min-height:var(--_section-min-height);padding:calc(var(--_space) * 1.5) calc(var(--_space) * 2);border-radius:var(--_radius);border-top:.35rem solid var(--_accent);background:var(--_section-background);flex-direction:column;display:flex}.section h3{overflow-wrap:anywhere;margin:0;font-size:1.05em}.items{gap:calc(var(--_space) * .75);margin:0;padding:0;list-style:none;display:grid}.item{align-items:flex-start;gap:.25rem;display:flex}.item.read-text{margin-left:1.25em;list-style:outside;display:list-item}.item .field{flex:1;min-width:0;margin:0}.item textarea{min-height:var(--_target)}button.remove-item{color:var(--_muted);background:0 0;flex:none;padding:0;text-decoration:none}.add-item{align-self:flex-start}.section-tools{margin-top:auto;font-size:.9em}.section-tools summary{cursor:pointer;min-height:var(--_target);color:var(--_accent);align-items:center;gap:.4rem;font-weight:600;list-style:none;display:flex}.section-tools summary::-webkit-details-marker{display:none}.section-tools summary:before{content:"▸"}.section-tools[open] summary:before{content:"▾"}.section-tools[open] summary{margin-bottom:var(--_space)}.tool-row{gap:var(--_space);flex-wrap:wrap;display:flex}button:disabled{opacity:.5;cursor:not-allowed}.add-section{align-self:flex-start}.file-actions{border-top:1px solid var(--_border);padding-top:var(--_space)}@container (width<=24rem){.card{padding:calc(var(--_space) * 1.5)}.name{font-size:1.4em}.top{flex-direction:column;align-items:flex-start}.who{flex-basis:auto;width:100%}}@media (forced-colors:active){.card,.photo,.section{border-color:canvastext}.section{border:1px solid canvastext;border-top-width:.35rem}.initials{color:canvastext}.placeholder{fill:canvastext}}@media print{:host{height:auto;font-size:11pt}.card{break-inside:avoid;page-break-inside:avoid;border-width:1px;gap:.6rem;padding:.8rem}.intro,.show,.photo-controls,.section-tools,.remove-item,.notices,.form-title{display:none!important}.sections{grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}.section{break-inside:avoid;background:0 0;border:1px solid #777;border-top-width:.25rem;min-height:0}input,textarea{resize:none;background:0 0!important;border:0!important;min-height:0!important;padding:0!important}}`;

var __defProp$5 = Object.defineProperty;
var __decorateClass$5 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$5(target, key, result);
  return result;
};
function defaultTitle(id) {
  switch (id) {
    case "appreciate":
      return msg("What others appreciate about me");
    case "important":
      return msg("What is important to me");
    case "support":
      return msg("How people can best support and encourage me");
  }
}
function sectionTitle(section) {
  if (section.title !== void 0) return section.title;
  return isDefaultSection(section.id) ? defaultTitle(section.id) : "";
}
function initials(name) {
  return name.trim().split(/\s+/).filter(Boolean).filter((_, index, words) => index === 0 || index === words.length - 1).map((word) => [...word][0]?.toUpperCase() ?? "").join("");
}
class CoprodProfileCard extends CoprodElement {
  constructor() {
    super(...arguments);
    this._ageError = false;
    this._photoBusy = false;
    /** Printing shows the finished card (as read-only), not the form. */
    this._print = new PrintController(this);
    this._addSection = () => {
      const id = nextSectionId(this.current.sections);
      this.commit({ ...this.current, sections: [...this.current.sections, { id, title: "", items: [""] }] });
      this._openTools = id;
      this._focusField = fieldId(`${id}-title`);
    };
    this._onAgeInput = (event) => {
      const input = event.target;
      const text = input.value.trim();
      if (input.validity.badInput) {
        this._ageError = true;
        return;
      }
      const age = text === "" ? null : Number(text);
      if (age !== null && !(Number.isInteger(age) && age >= 0 && age <= MAX_AGE)) {
        this._ageError = true;
        return;
      }
      this._ageError = false;
      this.commit({ ...this.current, age });
    };
    this._onPhotoUrl = (event) => {
      const text = event.target.value.trim();
      if (this._setPhoto(text || null) && text) this.announce(msg("Photo added."));
    };
    this._pickPhoto = () => {
      this.renderRoot.querySelector("input.photo-file")?.click();
    };
    this._onPhotoPicked = async (event) => {
      const input = event.target;
      const file = input.files?.[0];
      input.value = "";
      if (!file) return;
      this._photoBusy = true;
      try {
        const url = await photoFileToDataUrl(file);
        if (this._setPhoto(url)) this.announce(msg("Photo added."));
      } catch {
        this._photoError = msg("This file could not be read as a photo. Choose a JPEG, PNG or WebP picture.");
      } finally {
        this._photoBusy = false;
      }
    };
    this._removePhoto = () => {
      this._photoError = void 0;
      this.commitRemoval({ ...this.current, photo: null }, msg("the photo"));
    };
  }
  get schema() {
    return profileSchema;
  }
  get isReadonly() {
    return super.isReadonly || this._print.active;
  }
  render() {
    const profile = this.current;
    return b`<article class="${this.isReadonly ? "card readonly" : "card"}" part="card" aria-labelledby="card-title">${this.isReadonly ? A : b`<h2 id="card-title" class="form-title">${msg("My profile")}</h2><p class="intro">${msg("Share a little about yourself. Everyone in the group fills in the same card.")}</p>${this._renderShowChoices()}`} ${this.renderNotices()}<header class="top" part="header">${profile.show.photo ? this._renderPhoto() : A}<div class="who">${this.isReadonly ? this._renderWhoReadonly() : this._renderWhoFields()}</div></header>${profile.show.photo && !this.isReadonly ? this._renderPhotoControls() : A}<div class="sections" part="sections">${profile.sections.map((section, index) => this._renderSection(section, index))}</div>${this.isReadonly || profile.sections.length >= MAX_SECTIONS ? A : b`<button type="button" class="add-section" @click="${this._addSection}">${msg("Add a section")}</button>`} ${this.renderFileActions("profile.json")}</article>`;
  }
  updated(changed) {
    super.updated(changed);
    if (this._focusField) {
      const field = this.renderRoot.querySelector(`#${this._focusField}`);
      this._focusField = void 0;
      field?.focus();
    }
  }
  get _photoAlt() {
    const name = this.current.name.trim();
    return name ? msg(str`Photo of ${name}`) : msg("Profile photo");
  }
  _renderShowChoices() {
    const show = this.current.show;
    const toggle = (key) => (event) => this.commit({ ...this.current, show: { ...this.current.show, [key]: event.target.checked } });
    return b`<fieldset class="show"><legend>${msg("What does the card show?")}</legend><div class="choice-row"><label class="choice"><input type="checkbox" .checked="${show.photo}" @change="${toggle("photo")}"> ${msg("A photo")}</label> <label class="choice"><input type="checkbox" .checked="${show.age}" @change="${toggle("age")}"> ${msg("My age")}</label></div><p class="hint">${msg("Give every card in the group the same choices. Leave out what people do not want to share.")}</p></fieldset>`;
  }
  _renderPhoto() {
    const photo = this.current.photo;
    return b`<div class="photo" part="photo">${photo ? b`<img src="${photo}" alt="${this._photoAlt}" referrerpolicy="no-referrer" decoding="async">` : this.current.name.trim() ? b`<span class="initials" aria-hidden="true">${initials(this.current.name)}</span>` : b`<svg class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="7" r="5"></circle><path d="M2 24c0-6 4.5-10 10-10s10 4 10 10z"></path></svg>`}</div>`;
  }
  _renderWhoReadonly() {
    const { name, age, show } = this.current;
    return b`<h2 id="card-title" class="name" part="name">${name.trim() || msg("My profile")}</h2>${show.age && age !== null ? b`<p class="age">${msg(str`Age: ${age}`)}</p>` : A}`;
  }
  _renderWhoFields() {
    const profile = this.current;
    return b`${this.renderTextField({
      key: "name",
      label: msg("Name"),
      value: profile.name,
      limit: NAME_LIMIT,
      apply: (name) => ({ ...this.current, name })
    })} ${profile.show.age ? b`<div class="field age-field"><label for="age">${msg("Age")}</label> <input id="age" type="number" inputmode="numeric" min="0" max="${MAX_AGE}" step="1" .value="${profile.age === null ? "" : String(profile.age)}" aria-invalid="${this._ageError ? "true" : "false"}" aria-describedby="${this._ageError ? "age-error" : "age-hint"}" @input="${this._onAgeInput}"> ${this._ageError ? b`<p class="error" id="age-error">${messages.notWholeNumber(0, MAX_AGE)}</p>` : b`<p class="hint" id="age-hint">${msg("You may leave this empty.")}</p>`}</div>` : A}`;
  }
  _renderPhotoControls() {
    const photo = this.current.photo;
    const url = photo?.startsWith("https:") ? photo : "";
    return b`<div class="photo-controls"><div class="photo-actions"><button type="button" @click="${this._pickPhoto}" ?disabled="${this._photoBusy}">${photo ? msg("Choose another photo") : msg("Choose a photo")}</button> <input class="photo-file" type="file" accept="image/*" hidden @change="${this._onPhotoPicked}"> ${photo ? b`<button type="button" class="quiet" @click="${this._removePhoto}">${msg("Remove the photo")}</button>` : A}</div><div class="field photo-url"><label for="photo-url">${msg("Or the web address of a photo")}</label> <input id="photo-url" type="url" inputmode="url" placeholder="https://" .value="${url}" aria-invalid="${this._photoError ? "true" : "false"}" aria-describedby="${this._photoError ? "photo-error" : "photo-hint"}" @change="${this._onPhotoUrl}"> ${this._photoError ? b`<p class="error" id="photo-error" data-path="/photo">${this._photoError}</p>` : b`<p class="hint" id="photo-hint">${msg("It must start with https://. A photo you choose is made small, so it saves quickly.")}</p>`}</div></div>`;
  }
  _renderSection(section, index) {
    const title = sectionTitle(section);
    const shownTitle = title.trim() || msg("Untitled section");
    const headingId = `section-${fieldId(section.id)}`;
    if (this.isReadonly) {
      const items = section.items.filter((item) => item.trim());
      return b`<section class="section" part="section" aria-labelledby="${headingId}"><h3 id="${headingId}" part="section-title">${shownTitle}</h3>${items.length ? b`<ul class="items">${items.map((item) => b`<li class="item read-text" part="item">${item}</li>`)}</ul>` : b`<p class="read-text"></p>`}</section>`;
    }
    return b`<section class="section" part="section" aria-labelledby="${headingId}" data-section="${section.id}"><h3 id="${headingId}" part="section-title">${shownTitle}</h3><ul class="items">${section.items.map(
      (item, itemIndex) => b`<li class="item" part="item" @keydown="${(event) => this._onItemKeydown(event, section, itemIndex)}">${this.renderTextField({
        key: this._itemKey(section.id, itemIndex),
        // The section heading names the list for everyone; the label says which item, for screen readers.
        label: msg(str`${shownTitle}: item ${itemIndex + 1}`),
        labelHidden: true,
        value: item,
        multiline: true,
        apply: (text) => this._updateSection(section.id, { items: section.items.map((old, i) => i === itemIndex ? text : old) })
      })} <button type="button" class="quiet remove-item" aria-label="${msg(str`Remove item ${itemIndex + 1} of ${shownTitle}`)}" title="${msg("Remove this item")}" @click="${() => this._removeItem(section, itemIndex)}"><span aria-hidden="true">✕</span></button></li>`
    )}</ul>${section.items.length < MAX_ITEMS ? b`<button type="button" class="add-item" aria-label="${msg(str`Add an item to ${shownTitle}`)}" @click="${() => this._addItem(section, section.items.length)}">${msg("Add an item")}</button>` : A}<details class="section-tools" ?open="${this._openTools === section.id}" @toggle="${(event) => this._onToolsToggle(event, section.id)}"><summary>${msg("Change this section")}<span class="visually-hidden">: ${shownTitle}</span></summary>${this.renderTextField({
      key: `${section.id}-title`,
      label: msg("Title of this section"),
      value: title,
      limit: NAME_LIMIT,
      apply: (text) => this._updateSection(section.id, { title: text })
    })}<div class="tool-row">${section.title !== void 0 && isDefaultSection(section.id) ? b`<button type="button" class="quiet" @click="${() => this._resetTitle(section)}">${msg("Use the standard title")}</button>` : A} <button type="button" class="move-up" ?disabled="${index === 0}" @click="${() => this._moveSection(index, index - 1)}">${msg("Move up")}</button> <button type="button" class="move-down" ?disabled="${index === this.current.sections.length - 1}" @click="${() => this._moveSection(index, index + 1)}">${msg("Move down")}</button> <button type="button" class="quiet remove-section" @click="${() => this._removeSection(section)}">${msg("Remove this section")}</button></div></details></section>`;
  }
  _itemKey(sectionId, index) {
    return `${sectionId}-item-${index}`;
  }
  _updateSection(id, change) {
    return { ...this.current, sections: this.current.sections.map((section) => section.id === id ? { ...section, ...change } : section) };
  }
  _addItem(section, at) {
    if (section.items.length >= MAX_ITEMS) return;
    const items = [...section.items];
    items.splice(at, 0, "");
    this.commit(this._updateSection(section.id, { items }));
    this._focusField = fieldId(this._itemKey(section.id, at));
  }
  _removeItem(section, index) {
    const text = section.items[index] ?? "";
    const next = this._updateSection(section.id, { items: section.items.filter((_, i) => i !== index) });
    if (text.trim()) this.commitRemoval(next, text.trim().slice(0, 60));
    else {
      this.commit(next);
      const focusIndex = Math.min(index, section.items.length - 2);
      this._focusField = focusIndex >= 0 ? fieldId(this._itemKey(section.id, focusIndex)) : void 0;
      this.announce(msg("Item removed."));
    }
  }
  /** Enter adds an item below (Shift+Enter starts a new line); Backspace in an empty item removes it. */
  _onItemKeydown(event, section, index) {
    if (event.isComposing || event.target.localName !== "textarea") return;
    const text = section.items[index] ?? "";
    if (event.key === "Enter" && !event.shiftKey && text.trim()) {
      event.preventDefault();
      this._addItem(section, index + 1);
    } else if (event.key === "Backspace" && text === "" && section.items.length > 1) {
      event.preventDefault();
      this.commit(this._updateSection(section.id, { items: section.items.filter((_, i) => i !== index) }));
      this._focusField = fieldId(this._itemKey(section.id, Math.max(0, index - 1)));
    }
  }
  _onToolsToggle(event, id) {
    const open = event.target.open;
    if (open) this._openTools = id;
    else if (this._openTools === id) this._openTools = void 0;
  }
  _resetTitle(section) {
    this.commit({
      ...this.current,
      sections: this.current.sections.map((candidate) => candidate.id === section.id ? { id: candidate.id, items: candidate.items } : candidate)
    });
  }
  _moveSection(from, to) {
    const sections = this.current.sections;
    if (to < 0 || to >= sections.length) return;
    const moved = sections[from];
    this.commit({ ...this.current, sections: moveSection(sections, from, to) });
    const title = sectionTitle(moved).trim() || msg("Untitled section");
    this.announce(msg(str`"${title}" is now section ${to + 1} of ${sections.length}.`));
    const atEnd = to === 0 || to === sections.length - 1;
    const button = atEnd ? to === 0 ? "move-down" : "move-up" : to < from ? "move-up" : "move-down";
    void this.updateComplete.then(
      () => this.renderRoot.querySelector(`[data-section="${CSS.escape(moved.id)}"] .${button}`)?.focus()
    );
  }
  _removeSection(section) {
    const title = sectionTitle(section).trim() || msg("Untitled section");
    this.commitRemoval({ ...this.current, sections: this.current.sections.filter((candidate) => candidate.id !== section.id) }, title);
  }
  /** Checks a photo address exactly as `value` does, so the message and rules are the same. */
  _setPhoto(photo) {
    const check = new Checker();
    const safe = check.safeUrlOrNull(photo, "/photo");
    if (!check.ok) {
      this._photoError = check.errors[0].message;
      return false;
    }
    this._photoError = void 0;
    this.commit({ ...this.current, photo: safe });
    return true;
  }
}
CoprodProfileCard.styles = [...CoprodElement.styles, profileStyles];
__decorateClass$5([
  r()
], CoprodProfileCard.prototype, "_ageError");
__decorateClass$5([
  r()
], CoprodProfileCard.prototype, "_photoError");
__decorateClass$5([
  r()
], CoprodProfileCard.prototype, "_photoBusy");
__decorateClass$5([
  r()
], CoprodProfileCard.prototype, "_openTools");

defineElement("coprod-profile-card", CoprodProfileCard);

const statuses = ["new", "discussed", "taken-up", "parked"];

const BLANK_CARD_ID = "new-card";
function newCardId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `c-${Array.from(bytes, (byte) => (byte % 36).toString(36)).join("")}`;
}
function emptyCard() {
  return { type: "coprod-opportunity-card", version: 1, id: BLANK_CARD_ID, idea: "", name: "", date: today(), wantsToJoin: false, status: "new" };
}
function nextBlankCard() {
  return { ...emptyCard(), id: newCardId() };
}
function canHandIn(card) {
  return card.idea.trim() !== "";
}
function readCardFields(card, path, check, options = {}) {
  return {
    id: options.id ?? check.id(card.id, pointer(path, "id")),
    idea: check.text(card.idea, pointer(path, "idea")),
    name: check.text(card.name, pointer(path, "name"), NAME_LIMIT),
    date: card.date === void 0 ? today() : check.date(card.date, pointer(path, "date")),
    wantsToJoin: check.boolean(card.wantsToJoin, pointer(path, "wantsToJoin")),
    status: card.status === void 0 ? "new" : check.oneOf(card.status, statuses, pointer(path, "status")) ?? "new"
  };
}
const cardSchema = {
  type: "coprod-opportunity-card",
  version: 1,
  empty: emptyCard,
  read(data, check) {
    const id = data.id === void 0 ? BLANK_CARD_ID : void 0;
    return { type: "coprod-opportunity-card", version: 1, ...readCardFields(data, "", check, id === void 0 ? {} : { id }) };
  }
};

const cardStyles = i$6`:host{--_card-background:var(--coprod-opportunity-card-background,var(--_surface));--_card-border:var(--coprod-opportunity-card-border-color,var(--_border));--_stripe:var(--coprod-opportunity-card-stripe,var(--_accent));font-size:calc(var(--_font-size) * 1.0625);background:0 0}.card{gap:var(--_space);max-width:40rem;padding:calc(var(--_space) * 2.5);border:2px solid var(--_card-border);border-top:.6rem solid var(--_stripe);border-radius:calc(var(--_radius) * 2);background:var(--_card-background);flex-direction:column;display:flex}h2{margin:0;font-size:1.4em}.intro{margin:0 0 var(--_space)}.notices:empty{display:none}.idea.missing .hint{color:var(--_danger);font-weight:600}.idea.missing textarea{border-color:var(--_danger)}.idea textarea{min-height:7rem}.row{gap:0 calc(var(--_space) * 2);display:grid}@container (width>=30rem){.row{grid-template-columns:3fr 2fr}}.choice{min-height:var(--_target);cursor:pointer;align-items:center;gap:.6rem;font-weight:600;display:flex}.join-text{margin:0;font-weight:600}.actions{gap:var(--_space);margin-top:var(--_space);flex-wrap:wrap;display:flex}.hand-in{padding-inline:1.5rem;font-size:1.1em}.thanks{border-color:var(--_success)}.thanks p{margin:0}.file-actions{margin-top:var(--_space);border-top:1px solid var(--_border);padding-top:var(--_space)}@media (forced-colors:active){.card{border-color:canvastext}.idea.missing textarea{border-style:dashed;border-color:canvastext}}@media print{.card{break-inside:avoid;border-width:.3rem 1px 1px}.intro,.notices,.thanks{display:none!important}}`;

var __defProp$4 = Object.defineProperty;
var __decorateClass$4 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$4(target, key, result);
  return result;
};
class CoprodOpportunityCard extends CoprodElement {
  constructor() {
    super(...arguments);
    this._ideaMissing = false;
    this._focusIdea = false;
    this._clearing = false;
    this._onJoinChange = (event) => {
      this.commit({ ...this.current, wantsToJoin: event.target.checked });
    };
    this._bringBack = () => {
      const last = this._lastHandedIn;
      if (!last) return;
      this.commit(last);
      this.announce(msg("Your last card is back. You can change it and hand it in again."));
      this._focusIdea = true;
    };
  }
  get schema() {
    return cardSchema;
  }
  /**
   * Hands the card in, as the button does: fires `coprod-submit` with a copy of the card
   * and clears the card for the next idea. A card without an idea is not handed in: the
   * user is asked to write it first.
   * Read-only cards are not handed in.
   * @returns whether the card was handed in
   */
  handIn() {
    if (this.isReadonly) return false;
    const card = this.current;
    if (!canHandIn(card)) {
      this._ideaMissing = true;
      this._focusIdea = true;
      this.announce(msg("Write your idea first. Then you can hand in your card."));
      return false;
    }
    const handedIn = { ...structuredClone(card), id: card.id === BLANK_CARD_ID ? newCardId() : card.id };
    this.dispatchEvent(new CoprodSubmitEvent(structuredClone(handedIn)));
    this._clearing = true;
    this.commit(nextBlankCard());
    this._clearing = false;
    this._lastHandedIn = handedIn;
    this.announce(msg("Thank you! Your card was handed in."));
    return true;
  }
  commit(next) {
    if (!this._clearing) this._lastHandedIn = void 0;
    if (canHandIn(next)) this._ideaMissing = false;
    super.commit(next);
  }
  render() {
    const card = this.current;
    return b`<article class="card" part="card" aria-labelledby="card-title"><h2 id="card-title">${msg("Opportunity card")}</h2>${this.isReadonly ? A : b`<p class="intro">${msg("Do you have an idea, big or small? Write it down. The card keeper brings it up at the next meeting.")}</p>`} ${this.renderNotices()} ${this._renderThanks()}<div class="${this._ideaMissing ? "idea missing" : "idea"}">${this.renderTextField({
      key: "idea",
      label: msg("My idea"),
      value: card.idea,
      multiline: true,
      part: "idea",
      hint: this._ideaMissing ? msg("Write your idea first. Then you can hand in your card.") : msg("Every idea counts."),
      apply: (idea) => ({ ...this.current, idea })
    })}</div><div class="row">${this.isReadonly ? b`<div class="field"><span class="field-label">${msg("Name")}</span><p class="read-text">${card.name.trim() || msg("Anonymous")}</p></div>` : this.renderTextField({
      key: "name",
      label: msg("My name (optional)"),
      value: card.name,
      limit: NAME_LIMIT,
      hint: msg("You may leave this empty. Anonymous is fine too."),
      apply: (name) => ({ ...this.current, name })
    })} ${this.renderDateField({ key: "date", label: msg("Date"), value: card.date, apply: (date) => ({ ...this.current, date: date ?? today() }) })}</div>${this.isReadonly ? b`<p class="join-text">${card.wantsToJoin ? msg("I would like to help take this further.") : msg("I do not want to help take this further right now.")}</p>` : b`<label class="choice join"><input type="checkbox" .checked="${card.wantsToJoin}" @change="${this._onJoinChange}"> ${msg("I would like to help take this further")}</label><div class="actions"><button type="button" class="primary hand-in" part="hand-in" @click="${() => this.handIn()}">${msg("Hand in my card")}</button></div>`} ${this.renderFileActions("opportunity-card.json")}</article>`;
  }
  updated(changed) {
    super.updated(changed);
    const idea = this.renderRoot.querySelector(`#${fieldId("idea")}`);
    if (idea && !idea.parentElement?.querySelector(".error")) idea.setAttribute("aria-invalid", String(this._ideaMissing));
    if (this._focusIdea) {
      this._focusIdea = false;
      idea?.focus();
    }
  }
  _renderThanks() {
    const last = this._lastHandedIn;
    if (!last || this.isReadonly) return A;
    return b`<div class="notice thanks" part="thanks"><p><strong>${msg("Thank you! Your card was handed in.")}</strong> ${msg("Here is a new card for your next idea.")}</p><button type="button" class="bring-back" @click="${this._bringBack}">${msg("Bring back my last card")}</button></div>`;
  }
}
CoprodOpportunityCard.styles = [...CoprodElement.styles, cardStyles];
__decorateClass$4([
  r()
], CoprodOpportunityCard.prototype, "_lastHandedIn");
__decorateClass$4([
  r()
], CoprodOpportunityCard.prototype, "_ideaMissing");

defineElement("coprod-opportunity-card", CoprodOpportunityCard);

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$1={CHILD:2},e$1=t=>(...e)=>({_$litDirective$:t,values:e});let i$2 = class i{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i;}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};

/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const e={},i$1=e$1(class extends i$2{constructor(){super(...arguments),this.ot=e;}render(r,t){return t()}update(t,[s,e]){if(Array.isArray(s)){if(Array.isArray(this.ot)&&this.ot.length===s.length&&s.every((r,t)=>r===this.ot[t]))return E}else if(this.ot===s)return E;return this.ot=Array.isArray(s)?Array.from(s):s,this.render(s,e)}});

/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const {I:t}=j,i=o=>o,s$1=()=>document.createComment(""),v=(o,n,e)=>{const l=o._$AA.parentNode,d=void 0===n?o._$AB:n._$AA;if(void 0===e){const i=l.insertBefore(s$1(),d),n=l.insertBefore(s$1(),d);e=new t(i,n,o,o.options);}else {const t=e._$AB.nextSibling,n=e._$AM,c=n!==o;if(c){let t;e._$AQ?.(o),e._$AM=o,void 0!==e._$AP&&(t=o._$AU)!==n._$AU&&e._$AP(t);}if(t!==d||c){let o=e._$AA;for(;o!==t;){const t=i(o).nextSibling;i(l).insertBefore(o,d),o=t;}}}return e},u$1=(o,t,i=o)=>(o._$AI(t,i),o),m={},p=(o,t=m)=>o._$AH=t,M=o=>o._$AH,h=o=>{o._$AR(),o._$AA.remove();};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const u=(e,s,t)=>{const r=new Map;for(let l=s;l<=t;l++)r.set(e[l],l);return r},c$1=e$1(class extends i$2{constructor(e){if(super(e),e.type!==t$1.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,s,t){let r;void 0===t?t=s:void 0!==s&&(r=s);const l=[],o=[];let i=0;for(const s of e)l[i]=r?r(s,i):i,o[i]=t(s,i),i++;return {values:o,keys:l}}render(e,s,t){return this.dt(e,s,t).values}update(s,[t,r,c]){const d=M(s),{values:p$1,keys:a}=this.dt(t,r,c);if(!Array.isArray(d))return this.ut=a,p$1;const h$1=this.ut??=[],v$1=[];let m,y,x=0,j=d.length-1,k=0,w=p$1.length-1;for(;x<=j&&k<=w;)if(null===d[x])x++;else if(null===d[j])j--;else if(h$1[x]===a[k])v$1[k]=u$1(d[x],p$1[k]),x++,k++;else if(h$1[j]===a[w])v$1[w]=u$1(d[j],p$1[w]),j--,w--;else if(h$1[x]===a[w])v$1[w]=u$1(d[x],p$1[w]),v(s,v$1[w+1],d[x]),x++,w--;else if(h$1[j]===a[k])v$1[k]=u$1(d[j],p$1[k]),v(s,d[x],d[j]),j--,k++;else if(void 0===m&&(m=u(a,k,w),y=u(h$1,x,j)),m.has(h$1[x]))if(m.has(h$1[j])){const e=y.get(a[k]),t=void 0!==e?d[e]:null;if(null===t){const e=v(s,d[x]);u$1(e,p$1[k]),v$1[k]=e;}else v$1[k]=u$1(t,p$1[k]),v(s,d[x],t),d[e]=null;k++;}else h(d[j]),j--;else h(d[x]),x++;for(;k<=w;){const e=v(s,v$1[w+1]);u$1(e,p$1[k]),v$1[k++]=e;}for(;x<=j;){const e=d[x++];null!==e&&h(e);}return this.ut=a,p(s,v$1),E}});

class RovingFocusController {
  constructor(host, options) {
    this.options = options;
    this._current = 0;
    host.addController(this);
  }
  /** Index of the item that holds the group's tab stop. */
  get current() {
    return this._current;
  }
  hostUpdated() {
    this._applyTabStops();
  }
  /** Makes `index` the tab stop and, when asked, focuses it. */
  moveTo(index, focus = true) {
    const items = this.options.items();
    if (!items.length) return;
    this._current = Math.max(0, Math.min(items.length - 1, index));
    this._applyTabStops();
    if (focus) items[this._current].focus();
  }
  /** Call from the group's `keydown`; returns whether the key moved focus. */
  handleKeydown(event) {
    const items = this.options.items();
    const index = items.indexOf(event.composedPath().find((node) => items.includes(node)));
    if (index < 0) return false;
    const orientation = this.options.orientation ?? "both";
    const previousKeys = orientation === "vertical" ? ["ArrowUp"] : orientation === "horizontal" ? ["ArrowLeft"] : ["ArrowUp", "ArrowLeft"];
    const nextKeys = orientation === "vertical" ? ["ArrowDown"] : orientation === "horizontal" ? ["ArrowRight"] : ["ArrowDown", "ArrowRight"];
    let target;
    if (previousKeys.includes(event.key)) target = index - 1;
    else if (nextKeys.includes(event.key)) target = index + 1;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = items.length - 1;
    else return false;
    if (this.options.wrap) target = (target + items.length) % items.length;
    event.preventDefault();
    this.moveTo(target);
    return true;
  }
  _applyTabStops() {
    const items = this.options.items();
    if (this._current >= items.length) this._current = Math.max(0, items.length - 1);
    items.forEach((item, index) => {
      const wanted = index === this._current ? "0" : "-1";
      if (item.getAttribute("tabindex") !== wanted) item.setAttribute("tabindex", wanted);
    });
  }
}

const MAX_CARDS = 5e3;
function emptyBoard() {
  return { type: "coprod-opportunity-board", version: 1, keeper: "", cards: [] };
}
function readBoardCard(value, path, check, id) {
  const card = check.object(value, path) ?? {};
  return { ...readCardFields(card, path, check, id === void 0 ? {} : { id }), meeting: check.dateOrNull(card.meeting, pointer(path, "meeting")) };
}
const boardSchema = {
  type: "coprod-opportunity-board",
  version: 1,
  empty: emptyBoard,
  read(data, check) {
    const cards = check.list(data.cards, "/cards", { max: MAX_CARDS }).map((card, index) => readBoardCard(card, pointer("/cards", index), check));
    check.uniqueIds(cards, "/cards");
    return { type: "coprod-opportunity-board", version: 1, keeper: check.text(data.keeper, "/keeper", NAME_LIMIT), cards };
  }
};
function parseCardInput(data) {
  const check = new Checker();
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, errors: [{ path: "", message: messages.notObject() }] };
  const json = data;
  const id = json.id === void 0 || json.id === null || json.id === "" ? newCardId() : void 0;
  const card = readBoardCard(json, "", check, id);
  return check.ok ? { ok: true, value: card } : { ok: false, errors: check.errors };
}
function withCard(board, card) {
  const index = board.cards.findIndex((candidate) => candidate.id === card.id);
  if (index < 0) return { board: { ...board, cards: [...board.cards, card] }, updated: false };
  const old = board.cards[index];
  const cards = [...board.cards];
  cards[index] = { ...old, idea: card.idea, name: card.name, date: card.date, wantsToJoin: card.wantsToJoin };
  return { board: { ...board, cards }, updated: true };
}
function updateCard(board, id, change) {
  return { ...board, cards: board.cards.map((card) => card.id === id ? { ...card, ...change } : card) };
}
function stepStatus(status, step) {
  const index = statuses.indexOf(status) + step;
  return statuses[Math.max(0, Math.min(statuses.length - 1, index))];
}
function meetingsOf(cards) {
  return [...new Set(cards.map((card) => card.meeting).filter((meeting) => meeting !== null))].sort();
}
function filterCards(cards, filter) {
  const meeting = filter.meeting ?? "all";
  return cards.filter(
    (card) => (!filter.statuses || filter.statuses.has(card.status)) && (meeting === "all" || (meeting === "none" ? card.meeting === null : card.meeting === meeting))
  );
}
function groupByMeeting(cards) {
  const groups = /* @__PURE__ */ new Map();
  for (const card of cards) {
    const list = groups.get(card.meeting);
    if (list) list.push(card);
    else groups.set(card.meeting, [card]);
  }
  return [...groups.entries()].sort(([a], [b]) => a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1).map(([meeting, list]) => ({ meeting, cards: list }));
}
function csvRows(cards, labels) {
  return groupByMeeting(cards).flatMap(
    (group) => statuses.flatMap(
      (status) => group.cards.filter((card) => card.status === status).map((card) => [group.meeting ?? labels.notPlanned, labels.status[status], card.idea, card.name.trim() || labels.anonymous, card.date, card.wantsToJoin ? labels.yes : labels.no])
    )
  );
}

const boardStyles = i$6`:host{--_card-background:var(--coprod-opportunity-board-card-background,var(--_surface));--_column-background:var(--coprod-opportunity-board-column-background,var(--_surface-alt));--_join:var(--coprod-opportunity-board-join-color,var(--_success));--_drop:var(--coprod-opportunity-board-drop-color,var(--_accent));padding:calc(var(--_space) * 2)}.head{gap:var(--_space);display:grid}h2{margin:0;font-size:1.5em}.intro{max-width:65ch;margin:0}.keeper{max-width:28rem}.print-only{display:none}.filters{gap:var(--_space) calc(var(--_space) * 4);margin-top:var(--_space);flex-wrap:wrap;align-items:flex-end;display:flex}.filters fieldset,.filters .field{margin:0}.meeting-filter{min-width:min(100%,16rem)}.toggles{gap:var(--_space);flex-wrap:wrap;display:flex}.toggle{align-items:center;gap:.35rem;font-weight:600;display:inline-flex}.toggle .check{text-align:center;width:1.1em;display:inline-block}.toggle[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent)}.toggle[aria-pressed=true] .check:before{content:"✓"}.toggle-count{font-weight:400}.count{color:var(--_muted);font-weight:400}p.count{margin:calc(var(--_space) * 1.5) 0 0}.keys{max-width:75ch;margin:.25rem 0 0}.groups{gap:calc(var(--_space) * 3);margin-top:calc(var(--_space) * 2);grid-template-columns:minmax(0,1fr);display:grid}.meeting{border-top:3px solid var(--_border);padding-top:var(--_space);content-visibility:auto;contain-intrinsic-block-size:auto 30rem}.meeting h3{font-size:1.2em}.plan-all{align-items:center;gap:var(--_space);margin-bottom:var(--_space);flex-wrap:wrap;display:flex}.plan-all label{font-weight:600}.plan-all input{width:auto}.columns{gap:var(--_space);display:grid}@container (width>=44rem){.columns{grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));align-items:start}}.column{padding:var(--_space);border-radius:var(--_radius);background:var(--_column-background);outline-offset:-3px;outline:3px dashed #0000;min-height:5rem}.column.drop-target{outline-color:var(--_drop)}@container (width<=44rem){.column:not(:has(.card)){min-height:0}.column:not(:has(.card)) h4{margin:0}}.column h4{justify-content:space-between;gap:var(--_space);font-size:1em;display:flex}.cards{gap:var(--_space);margin:0;padding:0;list-style:none;display:grid}.card{padding:var(--_space) calc(var(--_space) * 1.25);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_card-background);cursor:grab;content-visibility:auto;contain-intrinsic-block-size:auto 8rem;gap:.35rem;display:grid}:host([readonly]) .card{cursor:auto}.card.dragging{opacity:.5}.idea{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-weight:600}.meta{color:var(--_muted);overflow-wrap:anywhere;margin:0;font-size:.9em}.join{border:2px solid var(--_join);width:fit-content;color:var(--_join);border-radius:999px;align-items:center;gap:.3rem;margin-top:.35rem;padding:.1rem .65rem .1rem .4rem;font-weight:700;display:flex}.join-icon{fill:currentColor;stroke:currentColor;stroke-width:2.4px;stroke-linecap:round;stroke-linejoin:round;flex:none;width:1.35em;height:1.35em}.join-icon path{fill:none}.controls{flex-wrap:wrap;gap:.35rem;display:flex}.controls .more{padding-inline:.75rem;font-size:.9em}.more[aria-expanded=true]{background:var(--_accent-soft)}.status-choice{margin-bottom:var(--_space);display:grid}.choice{min-height:var(--_target);cursor:pointer;align-items:center;gap:.5rem;display:flex}.card-tools{border-top:1px solid var(--_border);padding-top:var(--_space)}.card-tools .field{margin-bottom:var(--_space)}.tool-row,.board-actions,.footer{gap:var(--_space);flex-wrap:wrap;display:flex}.footer{margin-top:calc(var(--_space) * 3);padding-top:var(--_space);border-top:1px solid var(--_border);justify-content:space-between}.empty{padding:calc(var(--_space) * 2);border:2px dashed var(--_border);border-radius:var(--_radius);color:var(--_muted)}.empty p{margin:0 0 var(--_space)}@media (forced-colors:active){.card,.meeting,.empty,.join{border-color:canvastext}.column{border:1px solid canvastext}.column.drop-target{outline-color:highlight}.join-icon{fill:canvastext;stroke:canvastext}.toggle[aria-pressed=true]{forced-color-adjust:none;color:highlighttext;background:highlight}}@media print{:host{padding:0;font-size:11pt}.print-only{display:block}.print-title{margin:0;font-size:1.3em;font-weight:700}.keeper input{border:0;min-height:0;padding:0}.intro,.keeper .hint,.filters,.keys,.controls,.plan-all,.card-tools,.footer,.notices{display:none!important}.meeting{break-before:auto;content-visibility:visible;border-top-width:2px}.columns{display:block}.column{background:0 0;min-height:0;margin-bottom:.5rem;padding:0}.column:not(:has(.card)){display:none}.card{content-visibility:visible;break-inside:avoid;border-width:1px}}`;

var __defProp$3 = Object.defineProperty;
var __decorateClass$3 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$3(target, key, result);
  return result;
};
const joinIcon = b`<svg class="join-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="10" cy="4.5" r="2.6"></circle><path d="M10 9v7m0 0-3 6m3-6 3 6m-3-11.5-4 4.5m4-4.5 6.5-5.5"></path></svg>`;
const statusKeys = { 1: "new", 2: "discussed", 3: "taken-up", 4: "parked" };
class CoprodOpportunityBoard extends CoprodElement {
  constructor() {
    super(...arguments);
    this._shownStatuses = new Set(statuses);
    this._meetingFilter = "all";
    this._planAllDate = "";
    this._roving = new RovingFocusController(this, {
      items: () => [...this.renderRoot.querySelectorAll("article.card")],
      orientation: "vertical"
    });
    this._showAll = () => {
      this._shownStatuses = new Set(statuses);
      this._meetingFilter = "all";
    };
    this._onMeetingFilter = (event) => {
      this._meetingFilter = event.target.value;
      this.announce(msg(str`Showing ${this._shownCards().length} of ${this.current.cards.length} cards.`));
    };
    this._onFocusIn = (event) => {
      const found = this._cardOf(event.target);
      if (!found || found.element === this._activeCard) return;
      this._makeActive(found.element);
      this._roving.moveTo(this._cardElements().indexOf(found.element), false);
    };
    this._onKeydown = (event) => {
      const target = event.target;
      if (!target.matches("article.card") || event.altKey || event.ctrlKey || event.metaKey) return;
      if (this._roving.handleKeydown(event)) return;
      if (this.isReadonly) return;
      const found = this._cardOf(target);
      if (!found) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        this._toggleTools(found.card.id, found.element);
        return;
      }
      const status = event.key === "ArrowLeft" ? stepStatus(found.card.status, -1) : event.key === "ArrowRight" ? stepStatus(found.card.status, 1) : statusKeys[event.key];
      if (!status) return;
      event.preventDefault();
      this._setStatus(found.card, status, "card");
    };
    this._onChange = (event) => {
      const target = event.target;
      if (target.matches("input.status")) {
        const found = this._cardOf(target);
        if (found) this._setStatus(found.card, target.value, "status");
      } else if (target.matches("input.plan-all-date")) {
        this._planAllDate = target.value;
      }
    };
    this._onClick = (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.dataset.action === "plan-all") {
        this._planAll();
        return;
      }
      const found = this._cardOf(button);
      if (!found) return;
      const { card, element } = found;
      if (button.classList.contains("more")) {
        this._toggleTools(card.id, element);
      } else if (button.dataset.action === "plan") {
        const date = element.querySelector("input.plan-date")?.value ?? "";
        this._planCard(card, isIsoDate(date) ? date : null);
      } else if (button.dataset.action === "remove") {
        this._openCard = void 0;
        const idea = card.idea.trim();
        this.commitRemoval(
          { ...this.current, cards: this.current.cards.filter((candidate) => candidate.id !== card.id) },
          idea ? msg(str`the card "${idea.length > 40 ? `${idea.slice(0, 40)}\u2026` : idea}"`) : msg("a card")
        );
      }
    };
    this._onDragStart = (event) => {
      const found = this._cardOf(event.target);
      if (!found || this.isReadonly) return;
      this._dragging = found.card.id;
      event.dataTransfer?.setData("text/plain", found.card.id);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
      found.element.classList.add("dragging");
    };
    this._onDragEnd = () => {
      this._dragging = void 0;
      for (const element of this.renderRoot.querySelectorAll(".dragging, .drop-target")) element.classList.remove("dragging", "drop-target");
    };
    this._onDragOver = (event) => {
      const column = event.target.closest?.(".column");
      if (!column || !this._dragging) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
      column.classList.add("drop-target");
    };
    this._onDragLeave = (event) => {
      const column = event.target.closest?.(".column");
      if (column && !column.contains(event.relatedTarget)) column.classList.remove("drop-target");
    };
    /** Dropping on a column sets the card's status, and its meeting when the column is in another meeting. */
    this._onDrop = (event) => {
      const column = event.target.closest?.(".column");
      const id = this._dragging ?? event.dataTransfer?.getData("text/plain");
      const card = this.current.cards.find((candidate) => candidate.id === id);
      this._onDragEnd();
      if (!column || !card) return;
      event.preventDefault();
      const status = column.dataset.status;
      const meeting = column.closest(".meeting")?.dataset.meeting || null;
      if (card.status === status && card.meeting === meeting) return;
      this.commit(updateCard(this.current, card.id, { status, meeting }));
      this._focusAfterUpdate = { id: card.id, target: "card" };
      this.announce(msg(str`Card moved to ${this._statusLabels()[status]}, ${this._meetingTitle(meeting)}.`));
    };
  }
  get schema() {
    return boardSchema;
  }
  /**
   * Adds a card to the board, e.g. one handed in by a `coprod-opportunity-card`:
   * `card.addEventListener('coprod-submit', e => board.addCard(e.detail.value))`.
   * The card is checked like the board's own data; refused data fires `coprod-invalid`
   * (source `property`, paths into the card) and changes nothing. A card without an id
   * gets a fresh one. When the board already has a card with this id (the same card handed
   * in again), that card's text, name, date and wish to join are updated and its status
   * and meeting stay. A host call: saved and submitted, but no `coprod-change` (that is for the
   * user's own edits).
   * @param card - a `CardInput` or `OpportunityCardState`; typed `unknown` because it is checked here,
   *   so `e.detail.value` of a `coprod-submit` event can be passed as it is
   * @returns the card's id, or `null` when the card was refused
   */
  addCard(card) {
    let data;
    try {
      data = JSON.parse(JSON.stringify(card));
    } catch {
      data = void 0;
    }
    const result = parseCardInput(data);
    if (!result.ok) {
      this.refuseInput(result.errors);
      return null;
    }
    const { board, updated } = withCard(this.current, result.value);
    this.replaceState(board);
    this.announce(updated ? msg("A card was updated.") : msg("A new card was added."));
    return result.value.id;
  }
  /**
   * The cards shown now (after the filters) as CSV text, grouped as on the board, with `;`
   * between columns in Dutch (for Excel) and `,` otherwise. Named like the action plan's.
   */
  toCsv() {
    const { header, rows, options } = this._csvTable();
    return toCsv(header, rows, options);
  }
  /**
   * Downloads the cards shown now as a CSV file (see `toCsv()`).
   * @returns the CSV text
   */
  downloadCsv() {
    const { header, rows, options } = this._csvTable();
    return downloadCsv("opportunity-cards.csv", header, rows, options);
  }
  _csvTable() {
    const labels = {
      header: [msg("Meeting"), msg("Status"), msg("Idea"), msg("Name"), msg("Date"), msg("Wants to help")],
      status: this._statusLabels(),
      notPlanned: msg("Not planned yet"),
      anonymous: msg("Anonymous"),
      yes: msg("yes"),
      no: msg("no")
    };
    const options = { separator: getLocale() === "nl" ? ";" : "," };
    return { header: labels.header, rows: csvRows(this._shownCards(), labels), options };
  }
  /** Opens the browser's print dialog; the board prints as a meeting list (the cards shown now). */
  printMeetingList() {
    window.print();
  }
  render() {
    const board = this.current;
    const shown = this._shownCards();
    const labels = this._cardLabels();
    const groups = groupByMeeting(shown);
    const readonly = this.isReadonly;
    return b`<section class="board" aria-labelledby="board-title"><header class="head" part="header"><h2 id="board-title">${msg("Opportunity cards")}</h2>${readonly ? A : b`<p class="intro">${msg("The cards people handed in, by meeting. Bring them up at the meeting, and invite the people who want to help.")}</p>`}<div class="keeper">${this.renderTextField({
      key: "keeper",
      label: msg("Card keeper"),
      value: board.keeper,
      limit: NAME_LIMIT,
      hint: readonly ? void 0 : msg("The person who collects the cards and brings them up at each meeting."),
      apply: (keeper) => ({ ...this.current, keeper })
    })}</div></header>${this.renderNotices()}<p class="print-only print-title">${msg("Meeting list")}</p>${readonly ? A : this._renderFilters()}<p class="count">${msg(str`Showing ${shown.length} of ${board.cards.length} cards.`)}</p>${readonly || !shown.length ? A : b`<p class="hint keys">${msg("Tip: on a card, the up and down arrows go to the next card. The left and right arrows, or the keys 1 to 4, change its status. Enter opens its choices. You can also drag a card to another column.")}</p>`}<div class="groups" @keydown="${this._onKeydown}" @focusin="${this._onFocusIn}" @change="${this._onChange}" @click="${this._onClick}" @dragstart="${this._onDragStart}" @dragend="${this._onDragEnd}" @dragover="${this._onDragOver}" @dragleave="${this._onDragLeave}" @drop="${this._onDrop}">${c$1(groups, (group) => group.meeting ?? "", (group) => this._renderGroup(group, labels))}</div>${this._renderEmpty(board, shown)} ${readonly ? A : b`<div class="footer">${board.cards.length ? b`<div class="board-actions"><button type="button" @click="${() => this.downloadCsv()}">${msg("Save as a spreadsheet (CSV)")}</button> <button type="button" @click="${() => this.printMeetingList()}">${msg("Print the meeting list")}</button></div>` : A} ${this.renderFileActions("opportunity-board.json")}</div>`}</section>`;
  }
  updated(changed) {
    super.updated(changed);
    const focus = this._focusAfterUpdate;
    if (!focus) return;
    this._focusAfterUpdate = void 0;
    const card = this._cardElement(focus.id);
    if (!card) return;
    this._roving.moveTo(this._cardElements().indexOf(card), false);
    const target = focus.target === "card" ? card : card.querySelector(focus.target === "status" ? "input.status:checked" : "button.more");
    this._makeActive(card);
    (target ?? card).focus();
  }
  _statusLabels() {
    return { new: msg("New"), discussed: msg("Discussed"), "taken-up": msg("Taken up"), parked: msg("Parked") };
  }
  _cardLabels() {
    const locale = getLocale();
    if (this._labels?.locale === locale) return this._labels.labels;
    const dates = /* @__PURE__ */ new Map();
    const labels = {
      status: this._statusLabels(),
      anonymous: msg("Anonymous"),
      noIdea: msg("(no idea written)"),
      wantsToJoin: msg("Wants to help"),
      change: msg("Move or plan"),
      date: (isoDate) => {
        let text = dates.get(isoDate);
        if (text === void 0) dates.set(isoDate, text = formatDate(isoDate));
        return text;
      }
    };
    this._labels = { locale, labels };
    return labels;
  }
  _meetingTitle(meeting) {
    return meeting === null ? msg("Not planned yet") : msg(str`Meeting of ${formatDate(meeting)}`);
  }
  _countText(count) {
    return count === 1 ? msg("1 card") : msg(str`${count} cards`);
  }
  _shownCards() {
    return filterCards(this.current.cards, { statuses: this._shownStatuses, meeting: this._meetingFilter });
  }
  _renderFilters() {
    const byMeeting = filterCards(this.current.cards, { meeting: this._meetingFilter });
    const counts = Object.fromEntries(statuses.map((status) => [status, 0]));
    for (const card of byMeeting) counts[card.status]++;
    const labels = this._statusLabels();
    const meetings = meetingsOf(this.current.cards);
    if (this._meetingFilter !== "all" && this._meetingFilter !== "none" && !meetings.includes(this._meetingFilter)) meetings.push(this._meetingFilter);
    return b`<div class="filters" part="filters"><fieldset class="status-filter"><legend>${msg("Show cards that are")}</legend><div class="toggles">${statuses.map(
      (status) => b`<button type="button" class="toggle" data-status="${status}" aria-pressed="${this._shownStatuses.has(status) ? "true" : "false"}" @click="${() => this._toggleStatus(status)}"><span class="check" aria-hidden="true"></span>${labels[status]} <span class="toggle-count">(${counts[status]})</span></button>`
    )}</div></fieldset><div class="field meeting-filter"><label for="meeting-filter">${msg("Meeting")}</label> <select id="meeting-filter" @change="${this._onMeetingFilter}"><option value="all" ?selected="${this._meetingFilter === "all"}">${msg("All meetings")}</option><option value="none" ?selected="${this._meetingFilter === "none"}">${msg("Not planned yet")}</option>${meetings.map((meeting) => b`<option value="${meeting}" ?selected="${this._meetingFilter === meeting}">${this._meetingTitle(meeting)}</option>`)}</select></div></div>`;
  }
  _renderEmpty(board, shown) {
    if (shown.length) return A;
    if (!board.cards.length) return b`<p class="empty">${msg("No cards yet. The cards people hand in appear here.")}</p>`;
    return b`<div class="empty"><p>${msg("No cards match these choices.")}</p>${this.isReadonly ? A : b`<button type="button" @click="${this._showAll}">${msg("Show all cards")}</button>`}</div>`;
  }
  _renderGroup(group, labels) {
    const key = group.meeting ?? "none";
    const headingId = `meeting-${key}`;
    const columns = statuses.filter((status) => this._shownStatuses.has(status));
    const byStatus = new Map(columns.map((status) => [status, []]));
    for (const card of group.cards) byStatus.get(card.status)?.push(card);
    return b`<section class="meeting" part="meeting" aria-labelledby="${headingId}" data-meeting="${group.meeting ?? ""}"><h3 id="${headingId}">${this._meetingTitle(group.meeting)} <span class="count">(${this._countText(group.cards.length)})</span></h3>${group.meeting === null && !this.isReadonly ? this._renderPlanAll() : A}<div class="columns">${columns.map((status) => {
      const cards = byStatus.get(status);
      const columnId = `${headingId}-${status}`;
      return b`<div class="column" part="column" role="group" aria-labelledby="${columnId}" data-status="${status}"><h4 id="${columnId}">${labels.status[status]} <span class="count">${cards.length}</span></h4><ul class="cards">${c$1(
        cards,
        (card) => card.id,
        // A card re-renders only when it, the locale, its tools or read-only changed.
        (card) => i$1([card, labels, this._openCard === card.id, this.isReadonly], () => this._renderCard(card, labels))
      )}</ul></div>`;
    })}</div></section>`;
  }
  _renderPlanAll() {
    return b`<div class="plan-all"><label for="plan-all-date">${msg("Plan these cards for the meeting on")}</label> <input id="plan-all-date" type="date" class="plan-all-date" .value="${this._planAllDate}"> <button type="button" data-action="plan-all">${msg("Plan them")}</button></div>`;
  }
  /**
   * Kept cheap on purpose (a board may hold a thousand cards): one flat template with plain
   * data bindings, static options, and events handled once on the board.
   */
  _renderCard(card, labels) {
    const id = fieldId(card.id);
    const idea = card.idea || labels.noIdea;
    const who = card.name.trim() || labels.anonymous;
    const join = card.wantsToJoin ? b`<span class="join" part="join">${joinIcon} ${labels.wantsToJoin}</span>` : A;
    if (this.isReadonly) {
      return b`<li class="card-item"><article class="card" part="card" tabindex="-1" data-id="${card.id}" draggable="false" aria-labelledby="idea-${id}" aria-describedby="meta-${id}"><p class="idea" id="idea-${id}">${idea}</p><p class="meta" id="meta-${id}"><span class="who">${who}</span> · <span class="date">${labels.date(card.date)}</span>${join}</p></article></li>`;
    }
    const open = this._openCard === card.id;
    return b`<li class="card-item"><article class="card" part="card" tabindex="-1" data-id="${card.id}" draggable="true" aria-labelledby="idea-${id}" aria-describedby="meta-${id}"><p class="idea" id="idea-${id}">${idea}</p><p class="meta" id="meta-${id}"><span class="who">${who}</span> · <span class="date">${labels.date(card.date)}</span>${join}</p><div class="controls"><button type="button" class="more" tabindex="-1" aria-expanded="${open ? "true" : "false"}" aria-describedby="idea-${id}">${labels.change}</button></div>${open ? this._renderCardTools(card, labels) : A}</article></li>`;
  }
  /** The open card's tools: its status, its meeting, removing it. Rendered for one card at a time. */
  _renderCardTools(card, labels) {
    const id = `plan-${fieldId(card.id)}`;
    return b`<div class="card-tools"><fieldset class="status-choice"><legend>${msg("Status")}</legend>${statuses.map(
      (status) => b`<label class="choice"><input type="radio" class="status" name="${id}-status" value="${status}" .checked="${card.status === status}"> ${labels.status[status]}</label>`
    )}</fieldset><div class="field"><label for="${id}">${msg("Meeting date")}</label><p class="hint" id="${id}-hint">${msg('Leave it empty for "not planned yet".')}</p><input id="${id}" class="plan-date" type="date" .value="${card.meeting ?? ""}" aria-describedby="${id}-hint"></div><div class="tool-row"><button type="button" data-action="plan">${msg("Plan the card")}</button> <button type="button" class="quiet" data-action="remove">${msg("Remove this card")}</button></div></div>`;
  }
  _cardElements() {
    return [...this.renderRoot.querySelectorAll("article.card")];
  }
  _cardElement(id) {
    return this.renderRoot.querySelector(`article.card[data-id="${CSS.escape(id)}"]`);
  }
  _cardOf(node) {
    const element = node?.closest?.("article.card");
    const id = element?.dataset.id;
    const card = id === void 0 ? void 0 : this.current.cards.find((candidate) => candidate.id === id);
    return element && card ? { element, card } : void 0;
  }
  /** Only the card with the keyboard's tab stop has its button in the tab order. */
  _makeActive(card) {
    if (card === this._activeCard) return;
    for (const control of this._activeCard?.querySelectorAll(".controls > *") ?? []) control.tabIndex = -1;
    for (const control of card.querySelectorAll(".controls > *")) control.tabIndex = 0;
    this._activeCard = card;
  }
  _setStatus(card, status, focus) {
    if (card.status === status) return;
    this.commit(updateCard(this.current, card.id, { status }));
    this._focusAfterUpdate = { id: card.id, target: focus };
    const label = this._statusLabels()[status];
    this.announce(this._shownStatuses.has(status) ? msg(str`Card moved to ${label}.`) : msg(str`Card moved to ${label}. That column is hidden by the filter.`));
  }
  _planCard(card, meeting) {
    this.commit(updateCard(this.current, card.id, { meeting }));
    this._openCard = void 0;
    this._focusAfterUpdate = { id: card.id, target: "more" };
    this.announce(msg(str`Card planned: ${this._meetingTitle(meeting)}.`));
  }
  _toggleStatus(status) {
    const shown = new Set(this._shownStatuses);
    if (shown.has(status)) shown.delete(status);
    else shown.add(status);
    this._shownStatuses = shown;
    this.announce(msg(str`Showing ${this._shownCards().length} of ${this.current.cards.length} cards.`));
  }
  /** Opens a card's tools (status, meeting, remove) with the keyboard on its status, or closes them. */
  _toggleTools(id, element) {
    this._openCard = this._openCard === id ? void 0 : id;
    if (this._openCard) void this.updateComplete.then(() => element.querySelector("input.status:checked")?.focus());
  }
  _planAll() {
    const date = this._planAllDate;
    const field = this.renderRoot.querySelector("#plan-all-date");
    if (!isIsoDate(date)) {
      this.announce(msg("Choose the date of the meeting first."));
      field?.focus();
      return;
    }
    const ids = new Set(this._shownCards().filter((card) => card.meeting === null).map((card) => card.id));
    if (!ids.size) return;
    this.commit({ ...this.current, cards: this.current.cards.map((card) => ids.has(card.id) ? { ...card, meeting: date } : card) });
    this._planAllDate = "";
    const meeting = this._meetingTitle(date);
    this.announce(ids.size === 1 ? msg(str`1 card planned: ${meeting}.`) : msg(str`${ids.size} cards planned: ${meeting}.`));
  }
}
CoprodOpportunityBoard.styles = [...CoprodElement.styles, boardStyles];
__decorateClass$3([
  r()
], CoprodOpportunityBoard.prototype, "_shownStatuses");
__decorateClass$3([
  r()
], CoprodOpportunityBoard.prototype, "_meetingFilter");
__decorateClass$3([
  r()
], CoprodOpportunityBoard.prototype, "_openCard");
__decorateClass$3([
  r()
], CoprodOpportunityBoard.prototype, "_planAllDate");

defineElement("coprod-opportunity-board", CoprodOpportunityBoard);

const roleWords = {
  en: [
    "gp",
    "gps",
    "doctor",
    "nurse",
    "district nurse",
    "health visitor",
    "midwife",
    "pharmacist",
    "dentist",
    "therapist",
    "psychologist",
    "psychiatrist",
    "physio",
    "physiotherapist",
    "counsellor",
    "consultant",
    "manager",
    "management",
    "director",
    "board",
    "chair",
    "chairman",
    "coordinator",
    "team leader",
    "head",
    "headteacher",
    "team",
    "staff",
    "colleagues",
    "professionals",
    "practitioners",
    "workers",
    "employees",
    "social worker",
    "case manager",
    "care manager",
    "support worker",
    "youth worker",
    "key worker",
    "keyworker",
    "community worker",
    "outreach worker",
    "receptionist",
    "secretary",
    "volunteer",
    "volunteers",
    "teacher",
    "pupils",
    "students",
    "children",
    "kids",
    "young people",
    "youngsters",
    "parent",
    "parents",
    "carer",
    "carers",
    "caregiver",
    "family",
    "families",
    "relatives",
    "neighbours",
    "neighbors",
    "resident",
    "residents",
    "tenants",
    "locals",
    "citizens",
    "community",
    "public",
    "everyone",
    "everybody",
    "client",
    "clients",
    "patient",
    "patients",
    "service users",
    "users",
    "members",
    "participants",
    "people",
    "council",
    "councillor",
    "municipality",
    "commissioner",
    "commissioners",
    "funder",
    "funders",
    "police",
    "police officer",
    "officer",
    "landlord",
    "housing officer",
    "housing association",
    "school",
    "charity",
    "organisation",
    "organization",
    "department",
    "committee",
    "group",
    "partners",
    "stakeholders",
    "government",
    "mentor",
    "coach",
    "job coach",
    "the manager",
    "the gp"
  ],
  nl: [
    "huisarts",
    "huisartsen",
    "dokter",
    "arts",
    "tandarts",
    "jeugdarts",
    "verpleegkundige",
    "wijkverpleegkundige",
    "verloskundige",
    "kraamzorg",
    "thuiszorg",
    "apotheker",
    "fysiotherapeut",
    "psycholoog",
    "psychiater",
    "therapeut",
    "praktijkondersteuner",
    "poh",
    "consulent",
    "wmo-consulent",
    "casemanager",
    "begeleider",
    "manager",
    "managers",
    "leidinggevende",
    "directeur",
    "directie",
    "bestuur",
    "bestuurder",
    "voorzitter",
    "coordinator",
    "teamleider",
    "team",
    "teams",
    "staf",
    "medewerker",
    "medewerkers",
    "collega",
    "collegas",
    "professionals",
    "hulpverlener",
    "hulpverleners",
    "sociaal werker",
    "maatschappelijk werker",
    "jongerenwerker",
    "opbouwwerker",
    "wijkcoach",
    "buurtcoach",
    "jobcoach",
    "coach",
    "mentor",
    "wijkteam",
    "buurtteam",
    "jeugdteam",
    "sociaal team",
    "wijkagent",
    "politie",
    "agent",
    "gemeente",
    "wethouder",
    "ambtenaar",
    "ambtenaren",
    "beleidsmedewerker",
    "raadslid",
    "gemeenteraad",
    "leerkracht",
    "leerkrachten",
    "leraar",
    "leraren",
    "juf",
    "meester",
    "docent",
    "docenten",
    "school",
    "leerlingen",
    "kinderen",
    "jongeren",
    "ouder",
    "ouders",
    "verzorgers",
    "mantelzorger",
    "mantelzorgers",
    "familie",
    "buren",
    "bewoner",
    "bewoners",
    "buurtbewoners",
    "inwoners",
    "huurders",
    "burgers",
    "wijk",
    "buurt",
    "iedereen",
    "client",
    "clienten",
    "clientenraad",
    "patient",
    "patienten",
    "deelnemers",
    "vrijwilliger",
    "vrijwilligers",
    "leden",
    "woningcorporatie",
    "corporatie",
    "verhuurder",
    "huismeester",
    "zorgverzekeraar",
    "cjg",
    "ggd",
    "ggz",
    "stichting",
    "vereniging",
    "organisatie",
    "afdeling",
    "commissie",
    "werkgroep",
    "groep",
    "partners",
    "receptie",
    "secretaresse",
    "praktijk",
    "buurthuis",
    "wijkcentrum",
    "buurtcentrum",
    "kerk",
    "moskee"
  ]
};
const fillerWords = {
  en: ["the", "a", "an", "my", "our", "your", "their", "his", "her", "all", "some", "several", "two", "three", "few", "many", "local", "other"],
  nl: ["de", "het", "een", "t", "mijn", "onze", "ons", "jouw", "je", "hun", "zijn", "haar", "alle", "sommige", "enkele", "twee", "drie", "paar", "veel", "andere", "die", "deze"]
};
function splitWords(text) {
  return text.trim().split(/[^\p{L}\p{N}'’‘`-]+/u).filter(Boolean);
}
function plain(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f'’‘`]/g, "").toLowerCase();
}
function words(text) {
  return splitWords(text).map(plain).filter(Boolean);
}
const compiled = /* @__PURE__ */ new Map();
const fillers = new Set(Object.values(fillerWords).flat());
function compile(locale, extra) {
  const source = roleWords[locale] ?? [];
  const key = `${locale}\0${extra.join("\0")}`;
  const cached = compiled.get(key);
  if (cached && cached.source === source && cached.size === source.length) return cached;
  const single = /* @__PURE__ */ new Set();
  const phrases = [];
  for (const entry of [...source, ...extra]) {
    const parts = words(entry).filter((word, index, all) => !(index === 0 && all.length > 1 && fillers.has(word)));
    if (parts.length === 1) single.add(parts[0]);
    else if (parts.length > 1) phrases.push(parts);
  }
  const list = { source, size: source.length, single, phrases };
  compiled.set(key, list);
  return list;
}
function sameWord(word, term, locale) {
  return word === term || word === `${term}s` || locale === "nl" && word === `${term}en`;
}
function isTerm(word, list, locale) {
  if (list.single.has(word)) return true;
  if (word.endsWith("s") && list.single.has(word.slice(0, -1))) return true;
  if (locale === "nl") {
    if (word.endsWith("en") && list.single.has(word.slice(0, -2))) return true;
    for (const term of list.single) {
      if (term.length >= 4 && word.length >= term.length + 3 && word.endsWith(term)) return true;
    }
  }
  return false;
}
function looksLikeRoleOrGroup(name, locale, extra = []) {
  const list = compile(locale, extra);
  const original = splitWords(name);
  const tokens = original.map(plain);
  if (tokens.length === 0) return false;
  let start = 0;
  while (start < tokens.length - 1 && (fillers.has(tokens[start]) || /^\d+$/.test(tokens[start]))) start++;
  let end = -1;
  for (const phrase of list.phrases) {
    const last = phrase.length - 1;
    const matches = phrase.every((part, index) => {
      const token = tokens[start + index];
      return token !== void 0 && (index === last ? sameWord(token, part, locale) : token === part);
    });
    if (matches) end = Math.max(end, start + phrase.length);
  }
  if (end < 0 && isTerm(tokens[start], list, locale)) end = start + 1;
  if (end < 0) return false;
  const next = original[end];
  const nextIsName = next !== void 0 && /^\p{Lu}/u.test(next) && !isTerm(tokens[end], list, locale);
  return !nextIsName;
}

const ringIds = ["co-producers", "participants", "involved", "consulted"];

const VIEW_SIZE = 1e3;
const CENTRE = VIEW_SIZE / 2;
const ringOuterRadius = {
  "co-producers": 160,
  participants: 270,
  involved: 383,
  consulted: 495
};
const LABEL_FONT_SIZE = 19;
const RING_NAME_FONT_SIZE = 19;
const MARK_HEIGHT = 32;
const INITIALS_FONT_SIZE = 16;
const INITIALS_HEIGHT = 26;
const DOT_SIZE = 20;
const PAD_X = 11;
const INITIALS_PAD_X = 7;
const GAP = 4;
const MAX_TRACKS = 4;
const FULL_NAME_CHARS = 24;
const RING_NAME_ANGLE = Math.PI / 2;
const RING_NAME_HEIGHT = 28;
const MIN_RING_NAME_WIDTH = 200;
const labelKinds = ["full", "first", "initials", "dot"];
function ringBand(ring) {
  const index = ringIds.indexOf(ring);
  return { inner: index === 0 ? 0 : ringOuterRadius[ringIds[index - 1]], outer: ringOuterRadius[ring] };
}
function ringMiddle(ring) {
  const { inner, outer } = ringBand(ring);
  return inner === 0 ? outer * 0.55 : (inner + outer) / 2;
}
function ringAtDistance(distance) {
  if (!Number.isFinite(distance) || distance < 0) return void 0;
  for (const ring of ringIds) if (distance <= ringOuterRadius[ring]) return ring;
  return distance <= ringOuterRadius.consulted + 40 ? "consulted" : void 0;
}
function ringAtPoint(x, y) {
  return ringAtDistance(Math.hypot(x - CENTRE, y - CENTRE));
}
function estimateTextWidth(text, fontSize) {
  let em = 0;
  for (const char of text) {
    if (/[ .,:;'’!|ilIjtf()-]/.test(char)) em += 0.33;
    else if (/[mwMW@]/.test(char)) em += 0.9;
    else if (/[A-Z]/.test(char)) em += 0.7;
    else if (/[r]/.test(char)) em += 0.42;
    else em += 0.6;
  }
  return em * fontSize;
}
function idFraction(id) {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}
const particles = /* @__PURE__ */ new Set(["de", "het", "een", "'t", "van", "der", "den", "ter", "te", "the", "a", "an", "von", "zu", "le", "la", "du", "da", "di", "del", "dos"]);
function wordsOf(name) {
  return name.trim().split(/\s+/).filter(Boolean);
}
function firstLetter(word) {
  return [...word][0]?.toLocaleUpperCase() ?? "";
}
function labelsFor(name, firstNamesOnRing) {
  const words = wordsOf(name);
  if (words.length === 0) return { full: "?", first: "?", initials: "?", dot: "" };
  const whole = words.join(" ");
  const full = [...whole].length > FULL_NAME_CHARS ? `${[...whole].slice(0, FULL_NAME_CHARS - 1).join("")}\u2026` : whole;
  const index = Math.max(0, words.findIndex((word) => !particles.has(word.toLocaleLowerCase())));
  const first = words[index];
  const last = words[words.length - 1];
  const hasSurname = index < words.length - 1;
  const shared = (firstNamesOnRing.get(first.toLocaleLowerCase()) ?? 0) > 1;
  const shortFirst = [...first].length > 12 ? `${[...first].slice(0, 11).join("")}\u2026` : first;
  const firstLabel = shared && hasSurname ? `${shortFirst} ${firstLetter(last)}.` : shortFirst;
  const initials = hasSurname ? `${firstLetter(first)}${firstLetter(last)}` : [...first].slice(0, 2).join("");
  return { full, first: firstLabel, initials, dot: "" };
}
function sizeOf(label, kind) {
  if (kind === "dot") return { width: DOT_SIZE, height: DOT_SIZE };
  if (kind === "initials") return { width: Math.ceil(estimateTextWidth(label, INITIALS_FONT_SIZE)) + INITIALS_PAD_X * 2, height: INITIALS_HEIGHT };
  return { width: Math.ceil(estimateTextWidth(label, LABEL_FONT_SIZE)) + PAD_X * 2, height: MARK_HEIGHT };
}
function boxesOverlap(a, b, gap = GAP) {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}
function fitsBand(x, y, width, height, inner, outer) {
  const halfWidth = width / 2;
  const halfHeight = height / 2;
  if (Math.hypot(Math.abs(x) + halfWidth, Math.abs(y) + halfHeight) > outer - 2) return false;
  if (inner === 0) return true;
  return Math.hypot(Math.max(0, Math.abs(x) - halfWidth), Math.max(0, Math.abs(y) - halfHeight)) >= inner + 2;
}
function trackRadii(ring, count, text) {
  if (count === 1) return [ringMiddle(ring)];
  const { low, high } = trackRange(ring, text);
  return Array.from({ length: count }, (_, index) => low + (high - low) * index / (count - 1));
}
function trackRange(ring, text) {
  const { inner, outer } = ringBand(ring);
  const margin = text ? 27 : DOT_SIZE * 0.71 + 3;
  return { low: inner === 0 ? text ? 45 : 30 : inner + margin, high: outer - margin };
}
function maxTracks(ring, text) {
  const { low, high } = trackRange(ring, text);
  const size = (text ? MARK_HEIGHT : DOT_SIZE) + GAP;
  return Math.max(1, Math.min(MAX_TRACKS, Math.floor((high - low) / size) + 1));
}
function ringNameBox(ring, name) {
  const { outer } = ringBand(ring);
  const width = Math.max(MIN_RING_NAME_WIDTH, estimateTextWidth(name, RING_NAME_FONT_SIZE) + 16);
  const height = RING_NAME_HEIGHT;
  const fit = Math.sqrt(Math.max(0, (outer - 4) ** 2 - (width / 2) ** 2)) - height / 2;
  const offset = Math.min(ringMiddle(ring), fit);
  return { x: 0, y: offset, width, height };
}
function boxAt(angle, slot) {
  return { x: slot.radius * Math.cos(angle), y: slot.radius * Math.sin(angle), width: slot.width, height: slot.height };
}
const allowedKinds = {
  full: ["full", "first", "initials"],
  first: ["first", "initials"],
  initials: ["initials", "dot"],
  dot: ["dot"]
};
function slotFor(candidate, angle, track, radius, kinds, inner, outer) {
  for (const shown of kinds) {
    const size = sizeOf(candidate.labels[shown], shown);
    if (fitsBand(radius * Math.cos(angle), radius * Math.sin(angle), size.width, size.height, inner, outer)) {
      return { track, radius, kind: shown, ...size };
    }
  }
  return void 0;
}
function clearAngle(start, direction, limit, slot, others) {
  const free = (angle2) => {
    const box = boxAt(angle2, slot);
    return others.every((other) => !boxesOverlap(box, other));
  };
  if (free(start)) return start;
  const step = 4 / slot.radius;
  let blocked = start;
  let angle = start;
  do {
    blocked = angle;
    angle += step * direction;
    if ((angle - limit) * direction > 0) return Number.NaN;
  } while (!free(angle));
  for (let i = 0; i < 5; i++) {
    const middle = (blocked + angle) / 2;
    if (free(middle)) angle = middle;
    else blocked = middle;
  }
  return angle;
}
const LOOK_BACK = 3;
function nearby(order, step, angles, slots, nameBox, nearFarEnd, tracks) {
  const boxes = [nameBox];
  const seen = new Array(MAX_TRACKS).fill(0);
  let full = 0;
  for (let k = step - 1; k >= 0 && full < tracks; k--) {
    const j = order[k];
    const track = slots[j].track;
    if (seen[track] >= LOOK_BACK) continue;
    if (++seen[track] === LOOK_BACK) full++;
    boxes.push(boxAt(angles[j], slots[j]));
  }
  if (nearFarEnd) {
    const first = new Array(MAX_TRACKS).fill(0);
    for (let k = 0; k < step; k++) {
      const j = order[k];
      if (first[slots[j].track]++ < LOOK_BACK) boxes.push(boxAt(angles[j], slots[j]));
    }
  }
  return boxes;
}
function sweep(wanted, slots, nameBox, direction, limit) {
  const count = wanted.length;
  const tracks = slots.reduce((most, slot) => Math.max(most, slot.track + 1), 1);
  const angles = new Array(count);
  const order = direction === 1 ? wanted.map((_, i) => i) : wanted.map((_, i) => count - 1 - i);
  for (let step = 0; step < count; step++) {
    const i = order[step];
    const previous = step > 0 ? angles[order[step - 1]] : wanted[i];
    const from = direction === 1 ? Math.max(wanted[i], previous) : Math.min(wanted[i], previous);
    const others = nearby(order, step, angles, slots, nameBox, step > 0 && Math.abs(from - angles[order[0]]) > Math.PI, tracks);
    const angle = clearAngle(from, direction, limit, slots[i], others);
    if (Number.isNaN(angle)) return void 0;
    angles[i] = angle;
  }
  return angles;
}
function settle(wanted, slots, nameBox, start, end, direction) {
  const turn = Math.PI * 2;
  if (direction === 1) {
    const pushed2 = sweep(wanted, slots, nameBox, 1, end + turn);
    return pushed2 && sweep(pushed2.map((angle) => Math.min(angle, end)), slots, nameBox, -1, start);
  }
  const pushed = sweep(wanted, slots, nameBox, -1, start - turn);
  return pushed && sweep(pushed.map((angle) => Math.max(angle, start)), slots, nameBox, 1, end);
}
function attempt(ring, candidates, nameBox, kind, trackCount) {
  const { inner, outer } = ringBand(ring);
  const radii = trackRadii(ring, trackCount, kind !== "dot");
  const kinds = allowedKinds[kind];
  const start = RING_NAME_ANGLE;
  const end = RING_NAME_ANGLE + Math.PI * 2;
  const count = candidates.length;
  const desired = candidates.map((candidate) => candidate.desired);
  const identity = candidates.map((_, i) => i);
  const slots = new Array(count);
  const angles = new Array(count);
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i];
    const from = Math.max(candidate.desired, i > 0 ? angles[i - 1] : start);
    const others = nearby(identity, i, angles, slots, nameBox, i > 0 && from - angles[0] > Math.PI, trackCount);
    const preferred = Math.floor(idFraction(`${candidate.id}/track`) * trackCount);
    let best;
    for (let t = 0; t < trackCount; t++) {
      const track = (preferred + t) % trackCount;
      const slot = slotFor(candidate, from, track, radii[track], kinds, inner, outer);
      if (!slot) continue;
      const angle = clearAngle(from, 1, end + Math.PI * 2, slot, others);
      if (Number.isNaN(angle)) continue;
      const richer = best ? labelKinds.indexOf(slot.kind) - labelKinds.indexOf(best.slot.kind) : -1;
      if (!best || richer < 0 || richer === 0 && angle < best.angle - 1e-9) best = { angle, slot };
    }
    if (!best) return void 0;
    angles[i] = best.angle;
    slots[i] = best.slot;
  }
  const clockwise = settle(desired, slots, nameBox, start, end, 1);
  if (!clockwise) return void 0;
  const anticlockwise = settle(desired, slots, nameBox, start, end, -1);
  let final = clockwise;
  if (anticlockwise) {
    const middle = settle(clockwise.map((angle, i) => (angle + anticlockwise[i]) / 2), slots, nameBox, start, end, 1);
    if (middle) final = middle;
  }
  const fitted = new Array(count);
  for (let i = 0; i < count; i++) {
    const slot = slots[i];
    const shrunk = slotFor(candidates[i], final[i], slot.track, slot.radius, kinds.slice(kinds.indexOf(slot.kind)), inner, outer);
    if (!shrunk) return void 0;
    fitted[i] = shrunk;
  }
  const boxes = final.map((angle, i) => boxAt(angle, fitted[i]));
  return anyOverlap([nameBox, ...boxes], GAP / 2) ? void 0 : { angles: final, slots: fitted };
}
function anyOverlap(boxes, gap = 0) {
  const sorted = [...boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  for (let i = 0; i < sorted.length; i++) {
    const right = sorted[i].x + sorted[i].width / 2 + gap;
    for (let j = i + 1; j < sorted.length && sorted[j].x - sorted[j].width / 2 < right; j++) {
      if (boxesOverlap(sorted[i], sorted[j], gap)) return true;
    }
  }
  return false;
}
function layoutRing(ring, people, ringName = "") {
  const { inner, outer } = ringBand(ring);
  const nameBox = ringNameBox(ring, ringName);
  const firstNames = /* @__PURE__ */ new Map();
  for (const person of people) {
    const words = wordsOf(person.name);
    const first = (words.find((word) => !particles.has(word.toLocaleLowerCase())) ?? words[0])?.toLocaleLowerCase();
    if (first) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const middle = ringMiddle(ring);
  const reserve = Math.min(Math.PI / 2, (nameBox.width / 2 + GAP) / middle);
  const span = Math.PI * 2 - reserve * 2;
  const candidates = people.map((person) => ({
    id: person.id,
    desired: RING_NAME_ANGLE + reserve + idFraction(person.id) * span,
    labels: labelsFor(person.name, firstNames)
  })).sort((a, b) => a.desired - b.desired || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let placed;
  let crowding = "dot";
  for (const kind of labelKinds) {
    const text = kind !== "dot";
    const tracks = kind === "full" ? 1 : maxTracks(ring, text);
    const needed = candidates.length * ((text ? INITIALS_HEIGHT : DOT_SIZE) + GAP);
    for (let count = 1; count <= tracks && !placed; count++) {
      const room = trackRadii(ring, count, text).reduce((sum, radius) => sum + radius * span, 0);
      if (needed <= room) placed = attempt(ring, candidates, nameBox, kind, count);
    }
    if (placed) {
      crowding = kind;
      break;
    }
  }
  if (!placed) {
    const tracks = maxTracks(ring, false);
    const radii = trackRadii(ring, tracks, false);
    placed = {
      angles: candidates.map((_, i) => RING_NAME_ANGLE + reserve + (i + 0.5) / candidates.length * span),
      slots: candidates.map((_, i) => ({ track: i % tracks, radius: radii[i % tracks], kind: "dot", width: DOT_SIZE, height: DOT_SIZE }))
    };
  }
  const { angles, slots } = placed;
  return {
    ring,
    inner,
    outer,
    nameBox: { ...nameBox, x: nameBox.x + CENTRE, y: nameBox.y + CENTRE },
    crowding,
    marks: candidates.map((candidate, i) => {
      const angle = normaliseAngle(angles[i]);
      const slot = slots[i];
      return {
        id: candidate.id,
        ring,
        angle,
        radius: slot.radius,
        x: round(CENTRE + slot.radius * Math.cos(angles[i])),
        y: round(CENTRE + slot.radius * Math.sin(angles[i])),
        width: slot.width,
        height: slot.height,
        label: candidate.labels[slot.kind],
        kind: slot.kind
      };
    })
  };
}
function normaliseAngle(angle) {
  const turn = Math.PI * 2;
  return (angle % turn + turn) % turn;
}
function round(value) {
  return Math.round(value * 100) / 100;
}

const MAX_PEOPLE = 1e3;
function emptyCircle() {
  return { type: "coprod-support-circle", version: 1, people: [] };
}
function emptyPerson(id, ring) {
  return { id, name: "", ring, involvement: "", contact: "" };
}
function nextPersonId(people) {
  const used = new Set(people.map((person) => person.id));
  let n = people.length + 1;
  while (used.has(`p${n}`)) n++;
  return `p${n}`;
}
function ringBeside(ring, steps) {
  return ringIds[ringIds.indexOf(ring) + steps];
}
function movePerson(state, id, ring) {
  const person = state.people.find((candidate) => candidate.id === id);
  if (!person || person.ring === ring) return state;
  return { ...state, people: state.people.map((candidate) => candidate === person ? { ...candidate, ring } : candidate) };
}
function countByRing(people) {
  const counts = Object.fromEntries(ringIds.map((ring) => [ring, 0]));
  for (const person of people) counts[person.ring]++;
  return counts;
}
function readPerson(value, path, check) {
  const person = check.object(value, path) ?? {};
  return {
    id: check.id(person.id, pointer(path, "id")),
    name: check.name(person.name, pointer(path, "name")),
    ring: check.oneOf(person.ring, ringIds, pointer(path, "ring")) ?? "participants",
    involvement: check.text(person.involvement, pointer(path, "involvement")),
    contact: check.text(person.contact, pointer(path, "contact"))
  };
}
const supportCircleSchema = {
  type: "coprod-support-circle",
  version: 1,
  empty: emptyCircle,
  read(data, check) {
    const people = check.list(data.people, "/people", { max: MAX_PEOPLE }).map((person, index) => readPerson(person, pointer("/people", index), check));
    check.uniqueIds(people, "/people");
    return { type: "coprod-support-circle", version: 1, people };
  }
};

const supportCircleStyles = i$6`:host{--_ring-line:var(--coprod-circle-ring-line-color,var(--_border));--_ring-1:var(--coprod-circle-co-producers-background,color-mix(in srgb, var(--_accent) 30%, var(--_surface)));--_ring-2:var(--coprod-circle-participants-background,color-mix(in srgb, var(--_accent) 19%, var(--_surface)));--_ring-3:var(--coprod-circle-involved-background,color-mix(in srgb, var(--_accent) 10%, var(--_surface)));--_ring-4:var(--coprod-circle-consulted-background,color-mix(in srgb, var(--_accent) 4%, var(--_surface)));--_mark-fill:var(--coprod-circle-mark-background,var(--_surface));--_mark-line:var(--coprod-circle-mark-border-color,var(--_accent));--_hint:var(--coprod-circle-hint-color,var(--_warning));padding:calc(var(--_space) * 2)}.intro{margin:0 0 calc(var(--_space) * 2);max-width:65ch}.layout{gap:calc(var(--_space) * 3);margin-bottom:calc(var(--_space) * 3);display:grid}@container (width>=52rem){.layout{grid-template-columns:minmax(0,3fr) minmax(15rem,2fr);align-items:start}}.drawing{min-width:0;margin:0}.circle-box{aspect-ratio:1;contain:strict;width:100%;max-width:50rem;margin-inline:auto}svg.circle{touch-action:pinch-zoom;-webkit-user-select:none;user-select:none;width:100%;height:100%;display:block;overflow:visible}.ring{stroke:var(--_ring-line);stroke-width:2px}.ring[data-ring=co-producers]{fill:var(--_ring-1)}.ring[data-ring=participants]{fill:var(--_ring-2)}.ring[data-ring=involved]{fill:var(--_ring-3)}.ring[data-ring=consulted]{fill:var(--_ring-4)}.ring.drop-target{stroke:var(--_accent);stroke-width:7px;stroke-dasharray:14 8}.ring-name{fill:var(--_text);text-anchor:middle;dominant-baseline:central;font-size:19px;font-weight:700}.marks{touch-action:none}.mark{cursor:grab;outline:none}:host([readonly]) .marks{touch-action:auto}:host([readonly]) .mark{cursor:default}.mark.dragging{cursor:grabbing;opacity:.85}.mark-shape{fill:var(--_mark-fill);stroke:var(--_mark-line);stroke-width:2px}.mark[data-kind=dot]{fill:var(--_mark-line)}.mark-text{fill:var(--_text);text-anchor:middle;dominant-baseline:central;pointer-events:none;font-size:19px;font-weight:600}.mark[data-kind=initials] .mark-text{font-size:16px}.mark:hover .mark-shape{fill:var(--_accent-soft)}.mark[data-kind=dot]:hover{fill:var(--_accent)}.mark:focus-visible .mark-shape,.mark.dragging .mark-shape,.mark-shape.mark:focus-visible,.mark-shape.mark.dragging{fill:var(--_accent);stroke:var(--_focus-color);stroke-width:calc(var(--_focus-width) + 2px)}.mark:focus-visible .mark-text,.mark.dragging .mark-text{fill:var(--_on-accent)}.mark[data-kind=dot]:focus-visible{fill:var(--_surface);stroke-width:7px}.mark:focus-visible{outline:var(--_focus-width) solid var(--_focus-color);outline-offset:4px}.full-name rect{fill:var(--_text)}.full-name text{fill:var(--_surface);text-anchor:middle;dominant-baseline:central;font-size:21px;font-weight:600}.summary{margin:var(--_space) 0 0;text-align:center;font-weight:700}.now{text-align:center;min-height:1.5em;color:var(--_muted);margin:0}.keys{margin:var(--_space) 0 0;padding:var(--_space) calc(var(--_space) * 1.5);border-left:.4rem solid var(--_accent);background:var(--_accent-soft);border-radius:var(--_radius)}kbd{font:inherit;border:1px solid var(--_border);background:var(--_surface);border-radius:.25rem;padding:0 .3em;font-weight:700}.drawing-actions{gap:var(--_space);margin-top:var(--_space);flex-wrap:wrap;display:flex}.legend h3{font-size:1.1rem}.legend ol{gap:calc(var(--_space) * 1.5);margin:0;padding:0;list-style:none;display:grid}.legend li{gap:0 var(--_space);grid-template-columns:auto 1fr;align-items:start;display:grid}.swatch{border:2px solid var(--_ring-line);border-radius:50%;width:1.5rem;height:1.5rem;margin-top:.1rem}.swatch[data-ring=co-producers]{background:var(--_ring-1)}.swatch[data-ring=participants]{background:var(--_ring-2)}.swatch[data-ring=involved]{background:var(--_ring-3)}.swatch[data-ring=consulted]{background:var(--_ring-4)}.legend .meaning{color:var(--_muted);grid-column:2;margin:0}.grid>h3{font-size:1.2rem}.grid-header{display:none}.people{margin:0 0 calc(var(--_space) * 2);padding:0;list-style:none}.nobody{color:var(--_muted);margin:0 0 var(--_space)}.add-people{align-items:center;gap:var(--_space);flex-wrap:wrap;display:flex}.add-label{font-weight:700}.add-people button{align-items:center;gap:.5rem;display:inline-flex}.add-people .swatch{width:1.1rem;height:1.1rem;margin:0}.person{scroll-margin-top:var(--_space);margin-bottom:var(--_space)}.people.long>.person{content-visibility:auto;contain-intrinsic-size:auto 12rem}.person fieldset{gap:0 calc(var(--_space) * 2);padding:calc(var(--_space) * 1.5);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt);border-left-width:.6rem;margin:0;display:grid}.person[data-ring=co-producers] fieldset{border-left-color:color-mix(in srgb, var(--_accent) 75%, var(--_surface))}.person[data-ring=participants] fieldset{border-left-color:color-mix(in srgb, var(--_accent) 50%, var(--_surface))}.person[data-ring=involved] fieldset{border-left-color:color-mix(in srgb, var(--_accent) 30%, var(--_surface))}.person[data-ring=consulted] fieldset{border-left-color:color-mix(in srgb, var(--_accent) 15%, var(--_surface))}.person .field{margin-bottom:var(--_space);align-content:start;min-width:0}.person .field>label,.person .field>.field-label{order:0}.person .field>input,.person .field>textarea,.person .field>select,.person .field>.read-text{order:1}.person .field>.hint{color:var(--_hint);order:2;font-weight:600}.person .field>.error{order:3}.person textarea{min-height:3.2rem}.person-actions{justify-content:flex-end;align-items:end;display:flex}@container (width>=34rem){.person fieldset{grid-template-columns:1fr 1fr}.person-actions{grid-column:1/-1}}@container (width>=56rem){.person-actions{grid-column:auto}.grid-header{gap:0 calc(var(--_space) * 2);padding:0 calc(var(--_space) * 1.5 + 2px) 0 calc(var(--_space) * 1.5 + .6rem);margin-bottom:var(--_space);grid-template-columns:12rem 11rem minmax(0,1fr) minmax(0,1fr) 9.5rem;font-weight:700;display:grid}.person fieldset{grid-template-columns:12rem 11rem minmax(0,1fr) minmax(0,1fr) 9.5rem;align-items:start}.person .field>label,.person .field>.field-label{clip-path:inset(50%);white-space:nowrap;width:1px;height:1px;position:absolute;overflow:hidden}.person .field{margin-bottom:0}}.footer{margin-top:calc(var(--_space) * 2)}@media (forced-colors:active){.ring,.ring[data-ring]{fill:canvas;stroke:canvastext}.ring.drop-target{stroke:highlight}.ring-name,.mark-text{fill:canvastext}.mark-shape,.mark:hover .mark-shape{fill:canvas;stroke:canvastext}.mark[data-kind=dot]{fill:canvastext}.mark:focus-visible .mark-shape,.mark.dragging .mark-shape,.mark-shape.mark:focus-visible,.mark-shape.mark.dragging{fill:highlight;stroke:highlight}.mark:focus-visible .mark-text,.mark.dragging .mark-text{fill:highlighttext}.mark[data-kind=dot]:focus-visible{fill:canvas}.mark:focus-visible{outline-color:highlight}.full-name rect{fill:canvas;stroke:highlight;stroke-width:3px}.full-name text{fill:canvastext}.swatch,.person fieldset,.person[data-ring] fieldset{border-color:canvastext}.swatch[data-ring]{background:canvas}}@media print{:host{padding:0}.layout{display:block}.circle-box{break-inside:avoid;max-width:16cm}.drawing{break-inside:avoid}.keys,.now,.full-name{display:none}.legend{break-inside:avoid;margin-top:1rem}.people.long>.person{content-visibility:visible}.person fieldset{break-inside:avoid;background:0 0;grid-template-columns:1fr 1fr}.add-people{display:none}}`;

var __defProp$2 = Object.defineProperty;
var __decorateClass$2 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$2(target, key, result);
  return result;
};
function isMark(node) {
  return node instanceof SVGElement && node.classList.contains("mark");
}
const LONG_LIST = 50;
const DRAG_THRESHOLD = 8;
const _CoprodSupportCircle = class _CoprodSupportCircle extends CoprodElement {
  constructor() {
    super(...arguments);
    this.roleWords = [];
    /** Bumped when the base element's over-limit field messages change, so guarded rows show them. */
    this._fieldMessages = 0;
    this._layouts = /* @__PURE__ */ new Map();
    /** Keyboard order of the marks (ring by ring, clockwise), from the last render. */
    this._markOrder = /* @__PURE__ */ new Map();
    /** The marks the tab stops were last applied to. */
    this._appliedMarks = "";
    /**
     * One tab stop for all marks. The shared controller normally re-applies every tab stop
     * after every render; with hundreds of marks that alone takes most of a frame, so here it
     * is driven by hand: after renders that add or remove marks, and by the arrow keys.
     */
    this._roving = new RovingFocusController({ addController: () => void 0 }, {
      // Read-only marks are a list to read, not controls: no tab stops.
      items: () => this.isReadonly ? [] : this._marksInOrder(),
      orientation: "horizontal",
      wrap: true
    });
    this._onKeydown = (event) => {
      const mark = this._markOf(event);
      if (!mark) return;
      const id = mark.dataset.id;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        this._openInList(id);
        return;
      }
      if (event.key === "ArrowUp" || event.key === "ArrowDown") {
        event.preventDefault();
        if (this.isReadonly) return;
        const person = this._person(id);
        if (!person) return;
        const ring = ringBeside(person.ring, event.key === "ArrowUp" ? -1 : 1);
        if (!ring) {
          this.announce(
            event.key === "ArrowUp" ? msg(str`${this._displayName(person)} is already in the centre ring.`) : msg(str`${this._displayName(person)} is already in the outer ring.`)
          );
          return;
        }
        this._focusMark = id;
        this._move(id, ring);
        return;
      }
      this._roving.handleKeydown(event);
    };
    this._onClick = (event) => {
      const mark = this._markOf(event);
      if (mark) this._highlight = mark.dataset.id;
    };
    this._onFocusIn = (event) => {
      const mark = this._markOf(event);
      if (!mark) return;
      this._highlight = mark.dataset.id;
      this._roving.moveTo(this._marksInOrder().indexOf(mark), false);
    };
    this._onFocusOut = (event) => {
      const next = event.relatedTarget;
      if (!isMark(next)) {
        if (!this._drag) this._highlight = void 0;
      }
    };
    this._onPointerOver = (event) => {
      const mark = this._markOf(event);
      if (mark && !this._drag) this._highlight = mark.dataset.id;
    };
    this._onPointerOut = (event) => {
      const mark = this._markOf(event);
      if (!mark || this._drag) return;
      const focused = this.renderRoot.activeElement;
      this._highlight = isMark(focused) ? focused.dataset.id : void 0;
    };
    this._onPointerDown = (event) => {
      if (this.isReadonly || event.button !== 0) return;
      const mark = this._markOf(event);
      const point = this._pointOf(event);
      if (!mark || !point) return;
      this._drag = { id: mark.dataset.id, pointerId: event.pointerId, mark, startX: point.x, startY: point.y, moved: false };
      try {
        mark.setPointerCapture(event.pointerId);
      } catch {
      }
    };
    this._onPointerMove = (event) => {
      const drag = this._drag;
      if (!drag || event.pointerId !== drag.pointerId) return;
      const point = this._pointOf(event);
      if (!point) return;
      const dx = point.x - drag.startX;
      const dy = point.y - drag.startY;
      if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!drag.moved) {
        drag.moved = true;
        drag.mark.classList.add("dragging");
        this._highlight = drag.id;
      }
      drag.mark.style.translate = `${dx}px ${dy}px`;
      const ring = ringAtPoint(point.x, point.y);
      if (ring !== this._dropRing) this._dropRing = ring;
    };
    this._onPointerUp = (event) => {
      const drag = this._drag;
      if (!drag || event.pointerId !== drag.pointerId) return;
      const point = this._pointOf(event);
      this._endDrag();
      if (!drag.moved || !point) return;
      const ring = ringAtPoint(point.x, point.y);
      if (ring) {
        this._focusMark = drag.id;
        this._move(drag.id, ring);
      }
    };
    this._onPointerCancel = () => {
      this._endDrag();
    };
    this._downloadSvg = () => {
      if (this._svg) downloadSvg(this._svg, "support-circle.svg");
    };
    this._downloadPng = () => {
      if (this._svg) void downloadPng(this._svg, "support-circle.png");
    };
  }
  /**
   * The words that make a name look like a job title or a group, per locale. Shared by every
   * support circle on the page; add to it (`CoprodSupportCircle.roleWords.nl.push('buurtcoach')`)
   * or give a new locale its own list.
   */
  static get roleWords() {
    return roleWords;
  }
  get schema() {
    return supportCircleSchema;
  }
  _marksInOrder() {
    const order = this._markOrder;
    const marks = [...this.renderRoot.querySelectorAll("svg.circle .mark")];
    const key = new Map(marks.map((mark) => [mark, order.get(mark.getAttribute("data-id")) ?? 0]));
    return marks.sort((a, b) => key.get(a) - key.get(b));
  }
  /** The drawing as a standalone SVG file (text), with colours and fonts written in. */
  exportSvg() {
    const drawing = this._svg;
    if (!drawing) throw new Error("The circle is not drawn yet.");
    return standaloneSvg(drawing);
  }
  /** The drawing as a PNG image, `scale` times its size on screen. */
  async exportPng(scale = 2) {
    const drawing = this._svg;
    if (!drawing) throw new Error("The circle is not drawn yet.");
    return svgToPng(drawing, scale);
  }
  get _svg() {
    return this.renderRoot.querySelector("svg.circle");
  }
  _ringLabel(ring) {
    switch (ring) {
      case "co-producers":
        return msg("Co-producers");
      case "participants":
        return msg("Participants");
      case "involved":
        return msg("Involved");
      case "consulted":
        return msg("Consulted");
    }
  }
  _ringMeaning(ring) {
    switch (ring) {
      case "co-producers":
        return msg("Share responsibility for the result. They give their time, skills and knowledge.");
      case "participants":
        return msg("Get help from the project or help to give it, but did not start it. Over time they may become co-producers.");
      case "involved":
        return msg("Need to be kept informed and may give feedback, for example a manager or a funder. They do not co-produce.");
      case "consulted":
        return msg("People whose advice you want. They do not get help from the project and do not benefit from it.");
    }
  }
  _ringCount(ring, count) {
    const one = count === 1;
    switch (ring) {
      case "co-producers":
        return one ? msg("1 co-producer") : msg(str`${count} co-producers`);
      case "participants":
        return one ? msg("1 participant") : msg(str`${count} participants`);
      case "involved":
        return one ? msg("1 involved") : msg(str`${count} involved`);
      case "consulted":
        return one ? msg("1 consulted") : msg(str`${count} consulted`);
    }
  }
  /** Checks the active language's word list first, then the others: people mix languages in names. */
  _looksLikeRoleOrGroup(name) {
    if (name.trim() === "") return false;
    const active = getLocale();
    const locales = [active, ...Object.keys(_CoprodSupportCircle.roleWords).filter((locale) => locale !== active)];
    return locales.some((locale) => looksLikeRoleOrGroup(name, locale, this.roleWords));
  }
  _displayName(person) {
    return person.name.trim() || msg("Person without a name");
  }
  /** One ring's layout, computed again only when that ring's people or name changed. */
  _layoutOf(ring, people) {
    const ringName = this._ringLabel(ring);
    const key = `${ringName}${people.map((person) => `${person.id}\0${person.name}`).join("")}`;
    const cached = this._layouts.get(ring);
    if (cached && cached.key === key) return cached.layout;
    const layout = layoutRing(ring, people, ringName);
    this._layouts.set(ring, { key, layout });
    return layout;
  }
  render() {
    const people = this.current.people;
    const byRing = new Map(ringIds.map((ring) => [ring, []]));
    for (const person of people) byRing.get(person.ring).push(person);
    const layouts = ringIds.map((ring) => this._layoutOf(ring, byRing.get(ring)));
    return b`<header part="header"><h2>${msg("Circle of support")}</h2><p class="intro">${msg("Who is part of your project? Think of each person and write their name, not a job title or a group. Put everyone on the ring where they fit best. People can move to another ring over time.")}</p></header>${this.renderNotices()}<div class="layout">${this._renderDrawing(layouts, people)} ${this._renderLegend()}</div>${this._renderGrid()}<div class="footer">${this.renderFileActions("support-circle.json")}</div>`;
  }
  _summary() {
    const counts = countByRing(this.current.people);
    if (this.current.people.length === 0) return msg("Nobody is in the circle yet.");
    return msg(str`In the circle: ${ringIds.map((ring) => this._ringCount(ring, counts[ring])).join(", ")}.`);
  }
  _renderDrawing(layouts, people) {
    const readonly = this.isReadonly;
    const highlighted = this._highlight ? people.find((person) => person.id === this._highlight) : void 0;
    return b`<figure class="drawing" part="drawing"><div class="circle-box"><svg class="circle" part="circle" viewBox="0 0 ${VIEW_SIZE} ${VIEW_SIZE}" role="group" aria-labelledby="circle-title" aria-describedby="${readonly ? "circle-summary" : "circle-summary circle-keys"}" @keydown="${this._onKeydown}" @pointerdown="${this._onPointerDown}" @pointermove="${this._onPointerMove}" @pointerup="${this._onPointerUp}" @pointercancel="${this._onPointerCancel}" @focusin="${this._onFocusIn}" @focusout="${this._onFocusOut}" @pointerover="${this._onPointerOver}" @pointerout="${this._onPointerOut}" @click="${this._onClick}"><title id="circle-title">${msg("Circle of support")}</title><g aria-hidden="true">${[...layouts].reverse().map(
      (layout) => w`<circle class="ring ${this._dropRing === layout.ring ? "drop-target" : ""}" data-ring="${layout.ring}" cx="${CENTRE}" cy="${CENTRE}" r="${layout.outer}"></circle>`
    )} ${layouts.map((layout) => w`<text class="ring-name" x="${layout.nameBox.x}" y="${layout.nameBox.y}">${this._ringLabel(layout.ring)}</text>`)}</g>${this._renderMarks(layouts, people)} ${highlighted && !this._drag ? this._renderFullName(highlighted, layouts) : A}</svg></div><figcaption class="summary" id="circle-summary">${this._summary()}</figcaption><p class="now" aria-hidden="true">${highlighted ? `${this._displayName(highlighted)} \xB7 ${this._ringLabel(highlighted.ring)}` : ""}</p>${readonly ? A : b`<p class="keys" id="circle-keys">${msg("Keyboard: press Tab to go to the people in the circle.")} <kbd aria-hidden="true">←</kbd> <kbd aria-hidden="true">→</kbd> ${msg("go to the next person.")} <kbd aria-hidden="true">↑</kbd> ${msg("moves the person one ring inwards,")} <kbd aria-hidden="true">↓</kbd> ${msg("one ring outwards.")} <kbd aria-hidden="true">Enter</kbd> ${msg("opens the person in the list.")} ${msg("With a mouse or finger: drag a name to another ring.")}</p><div class="drawing-actions"><button type="button" class="quiet" @click="${this._downloadSvg}">${msg("Save the drawing (SVG)")}</button> <button type="button" class="quiet" @click="${this._downloadPng}">${msg("Save the drawing (PNG)")}</button></div>`}</figure>`;
  }
  /**
   * Everyone's mark, in one group, in the order of the list. Moving a person to another ring
   * keeps their mark element (only its place and name change), so keyboard focus stays on it.
   * A mark renders again only when its placement (memoised per ring), name or mode changed.
   */
  _renderMarks(layouts, people) {
    const readonly = this.isReadonly;
    const placed = /* @__PURE__ */ new Map();
    const order = /* @__PURE__ */ new Map();
    layouts.forEach((layout, ringIndex) => {
      for (const mark of layout.marks) {
        const turn = (mark.angle - Math.PI / 2 + Math.PI * 2) % (Math.PI * 2);
        placed.set(mark.id, mark);
        order.set(mark.id, Math.round((ringIndex * 10 + turn) * 1e4) / 1e4);
      }
    });
    this._markOrder = order;
    return w`<g class="marks" role="${readonly ? "list" : "group"}" aria-label="${msg("People in the circle")}">${c$1(
      people,
      (person) => person.id,
      (person) => {
        const mark = placed.get(person.id);
        const place = order.get(person.id);
        const name = this._displayName(person);
        const ringName = this._ringLabel(person.ring);
        return i$1([mark, place, name, ringName, readonly], () => this._renderMark(mark, place, name, ringName, readonly));
      }
    )}</g>`;
  }
  _renderMark(mark, order, name, ringName, readonly) {
    const shown = mark.kind === "dot" || name.startsWith(mark.label) ? "" : `${mark.label}: `;
    const label = shown + msg(str`${name}, ${ringName}`);
    const role = readonly ? "listitem" : "button";
    const describedBy = readonly ? A : "circle-keys";
    if (mark.kind === "dot") {
      return w`<circle class="mark mark-shape" part="mark" data-id="${mark.id}" data-ring="${mark.ring}" data-order="${order}" data-kind="dot" cx="${mark.x}" cy="${mark.y}" r="${mark.width / 2 - 1}" role="${role}" aria-label="${label}" aria-describedby="${describedBy}"></circle>`;
    }
    return w`<g class="mark" part="mark" data-id="${mark.id}" data-ring="${mark.ring}" data-order="${order}" data-kind="${mark.kind}" transform="translate(${mark.x} ${mark.y})" role="${role}" aria-label="${label}" aria-describedby="${describedBy}"><rect class="mark-shape" x="${-mark.width / 2}" y="${-mark.height / 2}" width="${mark.width}" height="${mark.height}" rx="${mark.height / 2}"></rect><text class="mark-text">${mark.label}</text></g>`;
  }
  /** The whole name over a mark whose label is shortened, while it has focus or the pointer. */
  _renderFullName(person, layouts) {
    const mark = layouts.find((layout) => layout.ring === person.ring)?.marks.find((candidate) => candidate.id === person.id);
    const name = this._displayName(person);
    if (!mark || mark.kind === "full" && mark.label === name) return A;
    const width = Math.min(VIEW_SIZE - 8, estimateTextWidth(name, 21) + 28);
    const height = 38;
    const x = Math.min(VIEW_SIZE - width / 2 - 4, Math.max(width / 2 + 4, mark.x));
    const above = mark.y - mark.height / 2 - height / 2 - 6;
    const y = above - height / 2 < 0 ? mark.y + mark.height / 2 + height / 2 + 6 : above;
    return w`<g class="full-name" aria-hidden="true" pointer-events="none"><rect x="${x - width / 2}" y="${y - height / 2}" width="${width}" height="${height}" rx="6"></rect><text x="${x}" y="${y}">${name}</text></g>`;
  }
  _renderLegend() {
    const counts = countByRing(this.current.people);
    return b`<section class="legend" part="legend" aria-labelledby="legend-heading"><h3 id="legend-heading">${msg("The four rings, from the centre outwards")}</h3><ol>${ringIds.map(
      (ring) => b`<li><span class="swatch" data-ring="${ring}" aria-hidden="true"></span> <span><strong>${this._ringLabel(ring)}</strong> (${counts[ring]})</span><p class="meaning">${this._ringMeaning(ring)}</p></li>`
    )}</ol></section>`;
  }
  /**
   * The list: one row per person, in the order they were added, so moving someone to another
   * ring changes only their ring field (no row jumps away from the keyboard focus). Read-only,
   * the rows are sorted by ring, inside out, like the worksheet.
   */
  _renderGrid() {
    const readonly = this.isReadonly;
    const people = readonly ? [...this.current.people].sort((a, b) => ringIds.indexOf(a.ring) - ringIds.indexOf(b.ring)) : this.current.people;
    return b`<section class="grid" part="grid" aria-labelledby="grid-heading"><h3 id="grid-heading">${msg("Everyone in the circle")} (${people.length})</h3>${people.length ? b`<div class="grid-header" aria-hidden="true"><span>${msg("Name")}</span><span>${msg("Ring")}</span><span>${msg("How are they involved?")}</span><span>${msg("Contact and engagement plan")}</span></div><ul class="people ${people.length > LONG_LIST ? "long" : ""}">${c$1(
      people,
      (person) => person.id,
      // A row renders again only when its person, the language or the mode changed.
      (person) => i$1([person, getLocale(), readonly, this.roleWords, this._fieldMessages], () => this._renderPerson(person))
    )}</ul>` : b`<p class="nobody">${msg("Nobody in the list yet.")}</p>`} ${readonly ? A : b`<div class="add-people" role="group" aria-labelledby="add-label"><span id="add-label" class="add-label">${msg("Add a person to:")}</span> ${ringIds.map((ring) => {
      const label = this._ringLabel(ring);
      return b`<button type="button" class="add" data-ring="${ring}" aria-label="${msg(str`Add a person to ${label}`)}" @click="${() => this._addPerson(ring)}"><span class="swatch" data-ring="${ring}" aria-hidden="true"></span>${label}</button>`;
    })}</div>`}</section>`;
  }
  _renderPerson(person) {
    const name = this._displayName(person);
    const roleLike = this._looksLikeRoleOrGroup(person.name);
    const ringId = `ring-${fieldId(person.id)}`;
    return b`<li class="person" part="person" data-person="${person.id}" data-ring="${person.ring}" id="person-${fieldId(person.id)}"><fieldset><legend class="visually-hidden">${name}</legend>${this.renderTextField({
      key: `${person.id}-name`,
      label: msg("Name"),
      value: person.name,
      limit: NAME_LIMIT,
      hint: roleLike ? msg('Tip: write the name of one person, not a job or a group. For example "Fatima" instead of "the GP".') : void 0,
      apply: (text) => this._update(person.id, { name: text })
    })} ${this.isReadonly ? b`<div class="field"><span class="field-label">${msg("Ring")}</span><p class="read-text">${this._ringLabel(person.ring)}</p></div>` : b`<div class="field"><label for="${ringId}">${msg("Ring")}</label> <select id="${ringId}" @change="${(event) => this._onRingSelect(person.id, event)}">${ringIds.map((ring) => b`<option value="${ring}" ?selected="${ring === person.ring}">${this._ringLabel(ring)}</option>`)}</select></div>`} ${this.renderTextField({
      key: `${person.id}-involvement`,
      label: msg("How are they involved?"),
      value: person.involvement,
      multiline: true,
      apply: (text) => this._update(person.id, { involvement: text })
    })} ${this.renderTextField({
      key: `${person.id}-contact`,
      label: msg("Contact and engagement plan"),
      value: person.contact,
      multiline: true,
      apply: (text) => this._update(person.id, { contact: text })
    })} ${this.isReadonly ? A : b`<div class="person-actions"><button type="button" class="quiet remove" @click="${() => this._removePerson(person.id)}">${msg("Remove")}<span class="visually-hidden"> ${name}</span></button></div>`}</fieldset></li>`;
  }
  willUpdate(changed) {
    super.willUpdate(changed);
    if (changed.has("_fieldErrors")) this._fieldMessages++;
  }
  updated(changed) {
    super.updated(changed);
    const marksNow = this.isReadonly ? "" : this.current.people.map((person) => person.id).join("\0");
    if (marksNow !== this._appliedMarks) {
      this._appliedMarks = marksNow;
      if (this.isReadonly) this.renderRoot.querySelectorAll("svg.circle .mark[tabindex]").forEach((mark) => mark.removeAttribute("tabindex"));
      else {
        const marks = this._marksInOrder();
        this._roving.moveTo(Math.max(0, marks.findIndex((mark) => mark.getAttribute("tabindex") === "0")), false);
      }
    }
    if (this._focusMark !== void 0) {
      const id = this._focusMark;
      this._focusMark = void 0;
      const mark = this.renderRoot.querySelector(`svg.circle .mark[data-id="${CSS.escape(id)}"]`);
      if (mark && this.renderRoot.activeElement !== mark) this._roving.moveTo(this._marksInOrder().indexOf(mark), true);
    }
    if (this._focusField !== void 0) {
      const id = this._focusField;
      this._focusField = void 0;
      const field = this.renderRoot.querySelector(`#${id}`);
      field?.focus();
    }
  }
  _person(id) {
    return this.current.people.find((person) => person.id === id);
  }
  _update(id, change) {
    return { ...this.current, people: this.current.people.map((person) => person.id === id ? { ...person, ...change } : person) };
  }
  /** Puts a person on another ring: the one way the drawing, the keys and the list all move people. */
  _move(id, ring) {
    const person = this._person(id);
    const next = movePerson(this.current, id, ring);
    if (!person || next === this.current) return false;
    this.commit(next);
    this.announce(msg(str`${this._displayName(person)} is now in ${this._ringLabel(ring)}.`));
    return true;
  }
  _addPerson(ring) {
    const id = nextPersonId(this.current.people);
    this.commit({ ...this.current, people: [...this.current.people, emptyPerson(id, ring)] });
    this._focusField = fieldId(`${id}-name`);
  }
  _removePerson(id) {
    const person = this._person(id);
    if (!person) return;
    this.commitRemoval({ ...this.current, people: this.current.people.filter((candidate) => candidate.id !== id) }, this._displayName(person));
  }
  _onRingSelect(id, event) {
    const ring = event.target.value;
    if (!ringIds.includes(ring)) return;
    if (this._move(id, ring)) this._focusField = `ring-${fieldId(id)}`;
  }
  _markOf(event) {
    return event.composedPath().find((node) => isMark(node));
  }
  _openInList(id) {
    const row = this.renderRoot.querySelector(`#person-${fieldId(id)}`);
    row?.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    const field = this.renderRoot.querySelector(`#${fieldId(`${id}-name`)}`);
    field?.focus({ preventScroll: true });
  }
  /** A point of the pointer in the drawing's own units. */
  _pointOf(event) {
    const matrix = this._svg?.getScreenCTM();
    if (!matrix) return void 0;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }
  _endDrag() {
    const drag = this._drag;
    if (!drag) return;
    this._drag = void 0;
    drag.mark.classList.remove("dragging");
    drag.mark.style.translate = "";
    if (drag.mark.hasPointerCapture?.(drag.pointerId)) drag.mark.releasePointerCapture(drag.pointerId);
    this._dropRing = void 0;
  }
};
_CoprodSupportCircle.styles = [...CoprodElement.styles, supportCircleStyles];
__decorateClass$2([
  n$1({
    attribute: "role-words",
    converter: {
      fromAttribute: (text) => (text ?? "").split(",").map((word) => word.trim()).filter(Boolean),
      toAttribute: (words) => words.join(", ")
    }
  })
], _CoprodSupportCircle.prototype, "roleWords");
__decorateClass$2([
  r()
], _CoprodSupportCircle.prototype, "_highlight");
__decorateClass$2([
  r()
], _CoprodSupportCircle.prototype, "_dropRing");
let CoprodSupportCircle = _CoprodSupportCircle;

defineElement("coprod-support-circle", CoprodSupportCircle);

const principleIds = ["assets", "capacity", "mutuality", "networks", "blur-roles", "catalysts"];
function isPrincipleId(value) {
  return typeof value === "string" && principleIds.includes(value);
}
function principleText(id) {
  switch (id) {
    case "assets":
      return {
        name: msg("Assets"),
        meaning: msg("People bring experience, strengths and talents. They do not only receive help.")
      };
    case "capacity":
      return { name: msg("Capacity"), meaning: msg("See what each person can already do, and give room to grow.") };
    case "mutuality":
      return { name: msg("Mutuality"), meaning: msg("Everyone gives and everyone receives. Tasks and expectations are shared.") };
    case "networks":
      return { name: msg("Networks"), meaning: msg("Support from peers and the community, beside help from professionals.") };
    case "blur-roles":
      return { name: msg("Blur roles"), meaning: msg("Less of a line between professionals and the people who use services.") };
    case "catalysts":
      return {
        name: msg("Catalysts"),
        meaning: msg("Services help people make their own change, instead of doing it for them.")
      };
  }
}

/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const a=Symbol.for(""),o=t=>{if(t?.r===a)return t?._$litStatic$},s=t=>({_$litStatic$:t,r:a}),l=new Map,n=t=>(r,...e)=>{const a=e.length;let s,i;const n=[],u=[];let c,$=0,f=false;for(;$<a;){for(c=r[$];$<a&&void 0!==(i=e[$],s=o(i));)c+=s+r[++$],f=true;$!==a&&u.push(i),n.push(c),$++;}if($===a&&n.push(r[a]),f){const t=n.join("$$lit$$");void 0===(r=l.get(t))&&(n.raw=n,l.set(t,r=n)),e=u;}return t(r,...e)},c=n(w);

// https://d3js.org/d3-path/ v3.1.1 Copyright 2015-2026 Mike Bostock
const pi = Math.PI,
    tau = 2 * pi,
    epsilon = 1e-6,
    tauEpsilon = tau - epsilon;

function append(strings) {
  this._ += strings[0];
  for (let i = 1, n = strings.length; i < n; ++i) {
    this._ += arguments[i] + strings[i];
  }
}

function appendRound(digits) {
  let d = Math.floor(digits);
  if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
  if (d > 15) return append;
  const k = 10 ** d;
  return function(strings) {
    this._ += strings[0];
    for (let i = 1, n = strings.length; i < n; ++i) {
      this._ += Math.round(arguments[i] * k) / k + strings[i];
    }
  };
}

function equal(x0, y0, x1, y1) {
  return x0 === x1 && y0 === y1;
}

function equalRound(digits) {
  const d = Math.floor(digits);
  if (!(d <= 15)) return equal;
  const k = 10 ** d;
  const r = function(value) {
    return Math.round(value * k);
  };
  return function(x0, y0, x1, y1) {
    return r(x0) === r(x1) && r(y0) === r(y1);
  };
}

class Path {
  constructor(digits) {
    this._x0 = this._y0 = // start of current subpath
    this._x1 = this._y1 = null; // end of current subpath
    this._ = "";
    this._append = digits == null ? append : appendRound(digits);
    this._equal = digits == null ? equal : equalRound(digits);
  }
  moveTo(x, y) {
    this._append`M${this._x0 = this._x1 = +x},${this._y0 = this._y1 = +y}`;
  }
  closePath() {
    if (this._x1 !== null) {
      this._x1 = this._x0, this._y1 = this._y0;
      this._append`Z`;
    }
  }
  lineTo(x, y) {
    this._append`L${this._x1 = +x},${this._y1 = +y}`;
  }
  quadraticCurveTo(x1, y1, x, y) {
    this._append`Q${+x1},${+y1},${this._x1 = +x},${this._y1 = +y}`;
  }
  bezierCurveTo(x1, y1, x2, y2, x, y) {
    this._append`C${+x1},${+y1},${+x2},${+y2},${this._x1 = +x},${this._y1 = +y}`;
  }
  arcTo(x1, y1, x2, y2, r) {
    x1 = +x1, y1 = +y1, x2 = +x2, y2 = +y2, r = +r;

    // Is the radius negative? Error.
    if (r < 0) throw new Error(`negative radius: ${r}`);

    let x0 = this._x1,
        y0 = this._y1,
        x21 = x2 - x1,
        y21 = y2 - y1,
        x01 = x0 - x1,
        y01 = y0 - y1,
        l01_2 = x01 * x01 + y01 * y01;

    // Is this path empty? Move to (x1,y1).
    if (this._x1 === null) {
      this._append`M${this._x1 = x1},${this._y1 = y1}`;
    }

    // Or, is (x1,y1) coincident with (x0,y0)? Do nothing.
    else if (!(l01_2 > epsilon));

    // Or, are (x0,y0), (x1,y1) and (x2,y2) collinear?
    // Equivalently, is (x1,y1) coincident with (x2,y2)?
    // Or, is the radius zero? Line to (x1,y1).
    else if (!(Math.abs(y01 * x21 - y21 * x01) > epsilon) || !r) {
      this._append`L${this._x1 = x1},${this._y1 = y1}`;
    }

    // Otherwise, draw an arc!
    else {
      let x20 = x2 - x0,
          y20 = y2 - y0,
          l21_2 = x21 * x21 + y21 * y21,
          l20_2 = x20 * x20 + y20 * y20,
          l21 = Math.sqrt(l21_2),
          l01 = Math.sqrt(l01_2),
          l = r * Math.tan((pi - Math.acos((l21_2 + l01_2 - l20_2) / (2 * l21 * l01))) / 2),
          t01 = l / l01,
          t21 = l / l21;

      // If the start tangent is not coincident with (x0,y0), line to.
      if (Math.abs(t01 - 1) > epsilon) {
        this._append`L${x1 + t01 * x01},${y1 + t01 * y01}`;
      }

      this._append`A${r},${r},0,0,${+(y01 * x20 > x01 * y20)},${this._x1 = x1 + t21 * x21},${this._y1 = y1 + t21 * y21}`;
    }
  }
  arc(x, y, r, a0, a1, ccw) {
    x = +x, y = +y, r = +r, ccw = !!ccw;

    // Is the radius negative? Error.
    if (r < 0) throw new Error(`negative radius: ${r}`);

    let dx = r * Math.cos(a0),
        dy = r * Math.sin(a0),
        x0 = x + dx,
        y0 = y + dy,
        cw = 1 ^ ccw,
        da = ccw ? a0 - a1 : a1 - a0;

    // Is this path empty? Move to (x0,y0).
    if (this._x1 === null) {
      this._append`M${x0},${y0}`;
    }

    // Or, is (x0,y0) not coincident with the previous point? Line to (x0,y0).
    else if (Math.abs(this._x1 - x0) > epsilon || Math.abs(this._y1 - y0) > epsilon) {
      this._append`L${x0},${y0}`;
    }

    // Is this arc empty? We’re done.
    if (!r) return;

    // Does the angle go the wrong way? Flip the direction.
    if (da < 0) da = da % tau + tau;

    // Is this a complete circle? Draw two arcs to complete the circle.
    if (da > tauEpsilon) {
      this._append`A${r},${r},0,1,${cw},${x - dx},${y - dy}A${r},${r},0,1,${cw},${this._x1 = x0},${this._y1 = y0}`;
    }

    // Is this arc non-empty? Draw an arc!
    else if (da > epsilon) {
      // If the start and end points are coincident after rounding, we need to draw two consecutive arcs.
      const x1 = x + r * Math.cos(a1);
      const y1 = y + r * Math.sin(a1);
      if (da >= pi && this._equal(x0, y0, x1, y1)) {
        da /= 2;
        let a00 = a0 + da;
        this._append`A${r},${r},0,${+(da >= pi)},${cw},${x + r * Math.cos(a00)},${y + r * Math.sin(a00)}`;
      }
      this._append`A${r},${r},0,${+(da >= pi)},${cw},${this._x1 = x1},${this._y1 = y1}`;
    }
  }
  rect(x, y, w, h) {
    this._append`M${this._x0 = this._x1 = +x},${this._y0 = this._y1 = +y}h${w = +w}v${+h}h${-w}Z`;
  }
  toString() {
    return this._;
  }
}

// https://d3js.org/d3-shape/ v3.2.1 Copyright 2010-2026 Mike Bostock

function constant(x) {
  return function constant() {
    return x;
  };
}

function withPath(shape) {
  let digits = 3;

  shape.digits = function(_) {
    if (!arguments.length) return digits;
    if (_ == null) {
      digits = null;
    } else {
      const d = Math.floor(_);
      if (!(d >= 0)) throw new RangeError(`invalid digits: ${_}`);
      digits = d;
    }
    return shape;
  };

  return () => new Path(digits);
}

function array(x) {
  return typeof x === "object" && "length" in x
    ? x // Array, TypedArray, NodeList, array-like
    : Array.from(x); // Map, Set, iterable, string, or anything else
}

function Linear(context) {
  this._context = context;
}

Linear.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x, y) {
    x = +x, y = +y;
    switch (this._point) {
      case 0: this._point = 1; this._line ? this._context.lineTo(x, y) : this._context.moveTo(x, y); break;
      case 1: this._point = 2; // falls through
      default: this._context.lineTo(x, y); break;
    }
  }
};

function curveLinear(context) {
  return new Linear(context);
}

function x(p) {
  return p[0];
}

function y(p) {
  return p[1];
}

function line(x$1, y$1) {
  var defined = constant(true),
      context = null,
      curve = curveLinear,
      output = null,
      path = withPath(line);

  x$1 = typeof x$1 === "function" ? x$1 : (x$1 === undefined) ? x : constant(x$1);
  y$1 = typeof y$1 === "function" ? y$1 : (y$1 === undefined) ? y : constant(y$1);

  function line(data) {
    var i,
        n = (data = array(data)).length,
        d,
        defined0 = false,
        buffer;

    if (context == null) output = curve(buffer = path());

    for (i = 0; i <= n; ++i) {
      if (!(i < n && defined(d = data[i], i, data)) === defined0) {
        if (defined0 = !defined0) output.lineStart();
        else output.lineEnd();
      }
      if (defined0) output.point(+x$1(d, i, data), +y$1(d, i, data));
    }

    if (buffer) return output = null, buffer + "" || null;
  }

  line.x = function(_) {
    return arguments.length ? (x$1 = typeof _ === "function" ? _ : constant(+_), line) : x$1;
  };

  line.y = function(_) {
    return arguments.length ? (y$1 = typeof _ === "function" ? _ : constant(+_), line) : y$1;
  };

  line.defined = function(_) {
    return arguments.length ? (defined = typeof _ === "function" ? _ : constant(!!_), line) : defined;
  };

  line.curve = function(_) {
    return arguments.length ? (curve = _, context != null && (output = curve(context)), line) : curve;
  };

  line.context = function(_) {
    return arguments.length ? (_ == null ? context = output = null : output = curve(context = _), line) : context;
  };

  return line;
}

var curveRadialLinear = curveRadial(curveLinear);

function Radial(curve) {
  this._curve = curve;
}

Radial.prototype = {
  areaStart: function() {
    this._curve.areaStart();
  },
  areaEnd: function() {
    this._curve.areaEnd();
  },
  lineStart: function() {
    this._curve.lineStart();
  },
  lineEnd: function() {
    this._curve.lineEnd();
  },
  point: function(a, r) {
    this._curve.point(r * Math.sin(a), r * -Math.cos(a));
  }
};

function curveRadial(curve) {

  function radial(context) {
    return new Radial(curve(context));
  }

  radial._curve = curve;

  return radial;
}

function lineRadial(l) {
  var c = l.curve;

  l.angle = l.x, delete l.x;
  l.radius = l.y, delete l.y;

  l.curve = function(_) {
    return arguments.length ? c(curveRadial(_)) : c()._curve;
  };

  return l;
}

function lineRadial_default() {
  return lineRadial(line().curve(curveRadialLinear));
}

function noop() {}

function LinearClosed(context) {
  this._context = context;
}

LinearClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._point) this._context.closePath();
  },
  point: function(x, y) {
    x = +x, y = +y;
    if (this._point) this._context.lineTo(x, y);
    else this._point = 1, this._context.moveTo(x, y);
  }
};

function linearClosed(context) {
  return new LinearClosed(context);
}

function sign(x) {
  return x < 0 ? -1 : 1;
}

// Calculate the slopes of the tangents (Hermite-type interpolation) based on
// the following paper: Steffen, M. 1990. A Simple Method for Monotonic
// Interpolation in One Dimension. Astronomy and Astrophysics, Vol. 239, NO.
// NOV(II), P. 443, 1990.
function slope3(that, x2, y2) {
  var h0 = that._x1 - that._x0,
      h1 = x2 - that._x1,
      s0 = (that._y1 - that._y0) / (h0 || h1 < 0 && -0),
      s1 = (y2 - that._y1) / (h1 || h0 < 0 && -0),
      p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

// Calculate a one-sided slope.
function slope2(that, t) {
  var h = that._x1 - that._x0;
  return h ? (3 * (that._y1 - that._y0) / h - t) / 2 : t;
}

// According to https://en.wikipedia.org/wiki/Cubic_Hermite_spline#Representations
// "you can express cubic Hermite interpolation in terms of cubic Bézier curves
// with respect to the four values p0, p0 + m0 / 3, p1 - m1 / 3, p1".
function point(that, t0, t1) {
  var x0 = that._x0,
      y0 = that._y0,
      x1 = that._x1,
      y1 = that._y1,
      dx = (x1 - x0) / 3;
  that._context.bezierCurveTo(x0 + dx, y0 + dx * t0, x1 - dx, y1 - dx * t1, x1, y1);
}

function MonotoneX(context) {
  this._context = context;
}

MonotoneX.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 =
    this._y0 = this._y1 =
    this._t0 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2: this._context.lineTo(this._x1, this._y1); break;
      case 3: point(this, this._t0, slope2(this, this._t0)); break;
    }
    if (this._line || (this._line !== 0 && this._point === 1)) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x, y) {
    var t1 = NaN;

    x = +x, y = +y;
    if (x === this._x1 && y === this._y1) return; // Ignore coincident points.
    switch (this._point) {
      case 0: this._point = 1; this._line ? this._context.lineTo(x, y) : this._context.moveTo(x, y); break;
      case 1: this._point = 2; break;
      case 2: this._point = 3; point(this, slope2(this, t1 = slope3(this, x, y)), t1); break;
      default: point(this, this._t0, t1 = slope3(this, x, y)); break;
    }

    this._x0 = this._x1, this._x1 = x;
    this._y0 = this._y1, this._y1 = y;
    this._t0 = t1;
  }
};

(Object.create(MonotoneX.prototype)).point = function(x, y) {
  MonotoneX.prototype.point.call(this, y, x);
};

function axisAngle(index, count) {
  return 2 * Math.PI * index / count;
}
function polarPoint(angle, radius) {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}
function scoreRadius(score, max, radius) {
  return Math.min(max, Math.max(0, score)) / max * radius;
}
const radialPolygon = /* @__PURE__ */ lineRadial_default().angle((vertex) => vertex[0]).radius((vertex) => vertex[1]).curve(linearClosed);
function closedPath(vertices) {
  return vertices.length ? radialPolygon(vertices) : null;
}
function ringPath(level, count, max, radius) {
  const r = scoreRadius(level, max, radius);
  return closedPath(Array.from({ length: count }, (_, index) => [axisAngle(index, count), r])) ?? "";
}
function scorePath(scores, max, radius) {
  const vertices = [];
  scores.forEach((score, index) => {
    if (score !== null) vertices.push([axisAngle(index, scores.length), scoreRadius(score, max, radius)]);
  });
  return closedPath(vertices);
}
function scorePoints(scores, max, radius) {
  return scores.map((score, index) => score === null ? null : polarPoint(axisAngle(index, scores.length), scoreRadius(score, max, radius)));
}
function labelPlacement(angle) {
  const x = Math.sin(angle);
  const y = -Math.cos(angle);
  const near = 0.2;
  return {
    anchor: Math.abs(x) < near ? "middle" : x > 0 ? "start" : "end",
    vertical: Math.abs(y) < near ? "middle" : y < 0 ? "above" : "below"
  };
}

const RADIUS = 150;
const VIEW_BOX = "-290 -235 580 470";
const LABEL_GAP = 16;
const LINE = 1.2;
const DIAMOND = 6 * Math.SQRT2;
const dashes = ["8 5", "2 4", "12 4 2 4", "5 3 1 3", "1 7", "16 5", "8 3 2 3 2 3", "3 3", "20 4 4 4", "6 8"];
const dashOf = (index) => dashes[index % dashes.length];
const num = (value) => Math.round(value * 1e3) / 1e3 || 0;
const frames = /* @__PURE__ */ new Map();
function frameOf(count, max) {
  const key = `${count}/${max}`;
  let frame = frames.get(key);
  if (!frame) {
    const levels = Array.from({ length: max }, (_, index) => index + 1);
    let markup = levels.map((level) => `<path class="ring${level === levels.length ? " outer" : ""}" d="${ringPath(level, count, max, RADIUS)}"></path>`).join("");
    for (let index = 0; index < count; index++) {
      const end = polarPoint(axisAngle(index, count), RADIUS);
      markup += `<line class="axis" x1="0" y1="0" x2="${num(end.x)}" y2="${num(end.y)}"></line>`;
    }
    markup += levels.map((level) => `<text class="tick" x="4" y="${num(-(level / max) * RADIUS + 13)}" font-size="11">${level}</text>`).join("");
    const labels = Array.from({ length: count }, (_, index) => {
      const angle = axisAngle(index, count);
      const anchor = polarPoint(angle, RADIUS + LABEL_GAP);
      return { x: num(anchor.x), y: num(anchor.y), placement: labelPlacement(angle) };
    });
    frame = { grid: c`<g class="grid">${s(markup)}</g>`, labels };
    frames.set(key, frame);
  }
  return frame;
}
function radarChart(input) {
  const { max, scores, gaps } = input;
  const count = scores.length;
  const frame = frameOf(count, max);
  const points = scorePoints(scores, max, RADIUS);
  const current = scorePath(scores, max, RADIUS);
  return w`<svg class="radar" part="chart" viewBox="${VIEW_BOX}" role="img" aria-labelledby="chart-title" font-size="15"><title id="chart-title">${input.summary}</title>${frame.grid}${input.threshold > 0 ? w`<path class="gap-line" d="${ringPath(input.threshold, count, max, RADIUS)}"></path>` : A}${input.readings.map((reading, index) => {
    const d = scorePath(reading, max, RADIUS);
    return d ? w`<path class="reading" d="${d}" stroke-dasharray="${dashOf(index)}"></path>` : A;
  })}${current ? w`<path class="current" d="${current}"></path>` : A}${points.map((point, index) => point ? pointMark(point, gaps[index]) : A)}${frame.labels.map((spot, index) => axisLabel(input, spot, index))}</svg>`;
}
function pointMark(point, gap) {
  const x = num(point.x);
  const y = num(point.y);
  return gap ? w`<path class="point gap" d="${`M${x},${num(point.y - DIAMOND)}L${num(point.x + DIAMOND)},${y}L${x},${num(point.y + DIAMOND)}L${num(point.x - DIAMOND)},${y}Z`}"></path>` : w`<circle class="point" cx="${x}" cy="${y}" r="5"></circle>`;
}
function axisLabel(input, spot, index) {
  const { x, placement } = spot;
  const [name, ...more] = input.names[index].split(/ (?=\()/);
  const total = more.length + 2;
  const first = placement.vertical === "above" ? -(total - 1) * LINE : placement.vertical === "below" ? 0.8 : 0.35 - (total - 1) * LINE / 2;
  const y = placement.vertical === "above" ? spot.y - 4 : spot.y;
  const unanswered = input.scores[index] === null;
  const classes = `label${input.activeAxis === index ? " active" : ""}${unanswered ? " unanswered" : ""}`;
  return w`<text class="${classes}" x="${x}" y="${y}" text-anchor="${placement.anchor}"><tspan class="name" x="${x}" dy="${`${num(first)}em`}">${name}</tspan>${more.map((line) => w`<tspan class="name" x="${x}" dy="1.2em">${line}</tspan>`)}<tspan class="${input.gaps[index] ? "score gap" : "score"}" x="${x}" dy="1.2em">${input.scoreLines[index]}</tspan></text>`;
}

const defaultQuestionIds = [
  "assets-1",
  "assets-2",
  "assets-3",
  "capacity-1",
  "capacity-2",
  "capacity-3",
  "mutuality-1",
  "mutuality-2",
  "mutuality-3",
  "mutuality-4",
  "mutuality-5",
  "networks-1",
  "networks-2",
  "networks-3",
  "blur-roles-1",
  "blur-roles-2",
  "blur-roles-3",
  "catalysts-1",
  "catalysts-2"
];
function principleOfDefault(id) {
  return id.slice(0, id.lastIndexOf("-"));
}
function defaultTexts() {
  return {
    "assets-1": msg("Are the people with direct experience (and their families or carers) at the heart of this project or service, with their skills and hopes?"),
    "assets-2": msg("Are all contributions seen as vital to success, including those of the people who use services?"),
    "assets-3": msg("Does the work the project needs match the skills and responsibilities of everyone involved?"),
    "capacity-1": msg("Will all design and delivery of the service try to build and grow the abilities of people and the community?"),
    "capacity-2": msg("Is progress on this tracked?"),
    "capacity-3": msg("Is personal development a shared expectation for everyone involved?"),
    "mutuality-1": msg("Does everyone know it is their project, not just the organisation\u2019s?"),
    "mutuality-2": msg("Does each person have an equal responsibility for it going well?"),
    "mutuality-3": msg("Is asking for and giving help seen as positive, and expected of everyone?"),
    "mutuality-4": msg("Do you talk about what people can expect of each other when they get involved?"),
    "mutuality-5": msg("Is a wide range of skills and experience valued?"),
    "networks-1": msg("Does the project or organisation see supporting peer networks, which pass on knowledge and skills, as core work?"),
    "networks-2": msg("Do staff and the people involved take part in local networks and activities beyond the reach of the service or project?"),
    "networks-3": msg("Are networks outside the project seen as a core activity?"),
    "blur-roles-1": msg("Is everyone involved in starting, delivering, evaluating and leading the project or service?"),
    "blur-roles-2": msg("Do people work alongside professionals, with their skills and views given equal weight?"),
    "blur-roles-3": msg("Can people name rewards that are valuable to them (not just money)?"),
    "catalysts-1": msg("Do staff roles focus on connecting people to networks and resources for a good life, removing obstacles, and building skills and confidence?"),
    "catalysts-2": msg("Are people actively supported to do more?")
  };
}
function questionIdsOf(questions) {
  return questions ? questions.map((question) => question.id) : [...defaultQuestionIds];
}
function principlesByQuestion(questions) {
  return new Map(
    questions ? questions.map((question) => [question.id, question.principle]) : defaultQuestionIds.map((id) => [id, principleOfDefault(id)])
  );
}
function resolveQuestions(state) {
  if (state.questions) return state.questions.map((question) => ({ id: question.id, principle: question.principle, text: localText(question.text) }));
  const texts = defaultTexts();
  return defaultQuestionIds.map((id) => ({ id, principle: principleOfDefault(id), text: texts[id] }));
}
function answerLabel(answer) {
  switch (answer) {
    case 0:
      return msg("No, not yet");
    case 1:
      return msg("A little");
    case 2:
      return msg("Partly");
    case 3:
      return msg("Mostly");
    case 4:
      return msg("Yes, fully");
    default:
      return msg("Don\u2019t know");
  }
}

const SCALE_MAX = 4;
const DEFAULT_GAP_THRESHOLD = 2;
function scoresOf(principleOf, answers) {
  const sums = /* @__PURE__ */ new Map();
  for (const [id, answer] of Object.entries(answers)) {
    const principle = principleOf.get(id);
    if (principle === void 0 || typeof answer !== "number") continue;
    const entry = sums.get(principle) ?? { sum: 0, count: 0 };
    entry.sum += answer;
    entry.count += 1;
    sums.set(principle, entry);
  }
  const scores = {};
  for (const principle of principleIds) {
    const entry = sums.get(principle);
    scores[principle] = entry ? entry.sum / entry.count : null;
  }
  return scores;
}
function countsOf(principleOf, answers) {
  const counts = Object.fromEntries(principleIds.map((id) => [id, { answered: 0, total: 0 }]));
  for (const [id, principle] of principleOf) {
    counts[principle].total += 1;
    if (typeof answers[id] === "number") counts[principle].answered += 1;
  }
  return counts;
}
function gapsOf(scores, threshold) {
  return principleIds.filter((id) => {
    const score = scores[id];
    return score !== null && score < threshold;
  });
}
function lowestOf(scores) {
  const scored = principleIds.filter((id) => scores[id] !== null);
  const values = scored.map((id) => scores[id]);
  const lowest = Math.min(...values);
  if (scored.length < 2 || lowest === Math.max(...values)) return [];
  return scored.filter((id) => scores[id] === lowest);
}

const MAX_QUESTIONS = 100;
const MAX_READINGS = 50;
const unknownQuestion = (id) => msg(str`"${id}" is not a question of this checklist.`);
function emptyReadiness() {
  return { type: "coprod-readiness", version: 1, answers: {}, notes: {}, readings: [] };
}
function nextReadingId(readings) {
  const used = new Set(readings.map((reading) => reading.id));
  let n = readings.length + 1;
  while (used.has(`r${n}`)) n++;
  return `r${n}`;
}
function readQuestions(value, check) {
  if (value === void 0) return void 0;
  const list = check.list(value, "/questions", { optional: false, max: MAX_QUESTIONS });
  if (Array.isArray(value) && value.length === 0) check.fail("/questions", messages.emptyList());
  const questions = list.map((raw, index) => {
    const at = pointer("/questions", index);
    const question = check.object(raw, at) ?? {};
    return {
      id: check.id(question.id, pointer(at, "id")),
      principle: check.oneOf(question.principle, principleIds, pointer(at, "principle")) ?? "assets",
      text: check.localLabel(question.text, pointer(at, "text"), { limit: TEXT_LIMIT, required: true })
    };
  });
  check.uniqueIds(questions, "/questions");
  return questions;
}
function readAnswers(value, path, known, check) {
  if (value === void 0) return {};
  const object = check.object(value, path);
  const answers = {};
  for (const [id, answer] of Object.entries(object ?? {})) {
    const at = pointer(path, id);
    if (!known.has(id)) {
      check.fail(at, unknownQuestion(id));
      continue;
    }
    answers[id] = check.wholeNumberOrNull(answer, at, 0, 4);
  }
  return answers;
}
function readNotes(value, known, check) {
  if (value === void 0) return {};
  const object = check.object(value, "/notes");
  const notes = {};
  for (const [id, note] of Object.entries(object ?? {})) {
    const at = pointer("/notes", id);
    if (!known.has(id)) check.fail(at, unknownQuestion(id));
    else notes[id] = check.text(note, at);
  }
  return notes;
}
function readReading(value, path, known, check) {
  const reading = check.object(value, path) ?? {};
  return {
    id: check.id(reading.id, pointer(path, "id")),
    label: check.text(reading.label, pointer(path, "label"), NAME_LIMIT),
    date: check.dateOrNull(reading.date, pointer(path, "date")),
    answers: readAnswers(reading.answers, pointer(path, "answers"), known, check)
  };
}
const readinessSchema = {
  type: "coprod-readiness",
  version: 1,
  empty: emptyReadiness,
  read(data, check) {
    const questions = readQuestions(data.questions, check);
    const known = new Set(questionIdsOf(questions));
    const readings = check.list(data.readings, "/readings", { max: MAX_READINGS }).map((reading, index) => readReading(reading, pointer("/readings", index), known, check));
    check.uniqueIds(readings, "/readings");
    return {
      type: "coprod-readiness",
      version: 1,
      answers: readAnswers(data.answers, "/answers", known, check),
      notes: readNotes(data.notes, known, check),
      readings,
      ...questions && { questions }
    };
  }
};

const radarChartStyles = i$6`:host{--_radar-fill:var(--coprod-radar-fill,var(--_accent));--_radar-line:var(--coprod-radar-line,var(--_accent));--_radar-reading:var(--coprod-radar-reading-color,var(--_text));--_radar-grid:var(--coprod-radar-grid-color,var(--_border));--_radar-gap:var(--coprod-radar-gap-color,var(--_warning))}svg.radar{width:100%;height:auto;display:block;overflow:visible}.ring,.axis{fill:none;stroke:var(--_radar-grid);stroke-width:1px;stroke-opacity:.55}.ring.outer{stroke-opacity:1}.tick{fill:var(--_muted)}.gap-line{fill:none;stroke:var(--_radar-gap);stroke-width:2px;stroke-dasharray:3 4}.reading{fill:none;stroke:var(--_radar-reading);stroke-width:2px;stroke-opacity:.8}.current{fill:var(--_radar-fill);fill-opacity:.22;stroke:var(--_radar-line);stroke-width:3px;stroke-linejoin:round}.point{fill:var(--_radar-line);stroke:var(--_surface);stroke-width:2px}.point.gap{fill:var(--_radar-gap)}.label{fill:var(--_text)}@container (width<=32rem){.label{font-size:22px}.tick{font-size:16px}}.label .name{font-weight:700}.label .score{fill:var(--_muted)}.label .score.gap{fill:var(--_radar-gap);font-weight:700}.label.unanswered .score{font-style:italic}.label.active .name{text-decoration:underline 2px}@media (forced-colors:active){.ring,.axis,.reading{stroke:canvastext}.tick,.label,.label .score{fill:canvastext}.current{fill:highlight;stroke:highlight}.point{fill:highlight;stroke:canvas}.gap-line,.point.gap{stroke:canvastext}.point.gap,.label .score.gap{fill:canvastext}}`;
const radarStyles = i$6`:host{padding:calc(var(--_space) * 2)}.intro{margin:0 0 calc(var(--_space) * 2);max-width:65ch}h3{font-size:1.25rem}h4{font-size:1.1rem}.results-layout{gap:calc(var(--_space) * 3);display:grid}@container (width>=50rem){.results-layout{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}}.figure{min-width:0;margin:0}.chart-box{max-width:40rem;margin-inline:auto;position:relative}.axis-layer{width:100%;height:100%;position:absolute;inset:0;overflow:visible}.sample .current{stroke-width:4px}.axis-point{outline:none}.focus-ring{fill:#0000;stroke:none}.axis-point:focus-visible .focus-ring,.axis-point:focus .focus-ring{stroke:var(--_focus-color);stroke-width:var(--_focus-width)}.legend{margin:var(--_space) 0 0;gap:.25rem calc(var(--_space) * 2);flex-wrap:wrap;padding:0;list-style:none;display:flex}.legend li{align-items:center;gap:.5rem;display:inline-flex}.sample{flex:none;width:2.5rem;height:.75rem;overflow:visible}.side{gap:calc(var(--_space) * 2);min-width:0;display:grid}.gaps ul{gap:var(--_space);margin:0;padding:0;list-style:none;display:grid}.gaps li{justify-content:space-between;align-items:center;gap:var(--_space);padding:var(--_space) calc(var(--_space) * 1.5);border:2px solid var(--_radar-gap);border-radius:var(--_radius);background:var(--_surface-alt);border-left-width:.5rem;flex-wrap:wrap;display:flex}.gaps p{margin:0}.gaps .hint{margin-top:var(--_space)}.gap-badge{border:2px solid var(--_radar-gap);color:var(--_radar-gap);border-radius:999px;padding:0 .4rem;font-size:.85em;font-weight:700;display:inline-block}.table-scroll{overflow-x:auto}table{border-collapse:collapse;font-variant-numeric:tabular-nums;width:100%}caption{text-align:start;padding-bottom:.25rem;font-weight:700}th,td{text-align:start;border-bottom:1px solid var(--_border);vertical-align:top;padding:.35rem .5rem}thead th{border-bottom-width:2px}td{white-space:nowrap}td.unanswered{color:var(--_muted);font-style:italic}th .date{color:var(--_muted);font-size:.9em;font-weight:400;display:block}.export{gap:var(--_space);flex-wrap:wrap;display:flex}.checklist,.readings{margin-top:calc(var(--_space) * 4);padding-top:calc(var(--_space) * 2);border-top:2px solid var(--_border)}.progress{margin:0 0 calc(var(--_space) * 2);max-width:70ch}.principle{content-visibility:auto;contain-intrinsic-size:auto 40rem;margin-bottom:calc(var(--_space) * 3);padding:calc(var(--_space) * 2);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt)}.meaning{color:var(--_muted);margin:0}.principle-score{margin:.25rem 0 var(--_space)}.question{padding:var(--_space) 0 calc(var(--_space) * 1.5);box-shadow:inset 0 1px 0 var(--_border);margin:0}.question:first-of-type{box-shadow:none}.question-text{float:left;width:100%;margin:0 0 .4rem;padding:0;font-weight:600}.scale,.read-answer{clear:both}.number{color:var(--_muted)}.scale{flex-wrap:wrap;gap:.4rem;display:flex}.choice{min-height:var(--_target);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);cursor:pointer;align-items:center;gap:.4rem;padding:.2rem .7rem .2rem .5rem;display:inline-flex}.choice:has(input:checked){border-color:var(--_accent);background:var(--_accent-soft);font-weight:600}.step{font-variant-numeric:tabular-nums;font-weight:700}.note{margin-top:var(--_space)}.note summary{cursor:pointer;color:var(--_accent);min-height:var(--_target);align-items:center;width:fit-content;text-decoration:underline;display:flex}.note .field{margin:.25rem 0 0}.read-answer,.read-note{margin:0}.read-answer{font-weight:600}.reading-list{margin:0 0 calc(var(--_space) * 2);gap:var(--_space);padding:0;list-style:none;display:grid}.reading-item{align-items:center;gap:var(--_space) calc(var(--_space) * 2);flex-wrap:wrap;display:flex}.reading-body{flex:14rem}.reading-body .field{margin:0}.footer{margin-top:calc(var(--_space) * 3)}@media (forced-colors:active){.axis-point:focus .focus-ring{stroke:highlight}.gaps li,.principle,.choice,.gap-badge{border-color:canvastext}.choice:has(input:checked){border-color:highlight}}@media print{:host{padding:0}.results-layout{display:block}.chart-box{max-width:30rem}.figure,.principle,.question,table{break-inside:avoid}.principle{content-visibility:visible}.note:not([open]),.readings{display:none}}`;

const answerSteps = [0, 1, 2, 3, 4];

var __defProp$1 = Object.defineProperty;
var __decorateClass$1 = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp$1(target, key, result);
  return result;
};
class CoprodReadinessRadar extends CoprodElement {
  constructor() {
    super(...arguments);
    this.gapThreshold = DEFAULT_GAP_THRESHOLD;
    this._openNotes = /* @__PURE__ */ new Set();
    this._axes = new RovingFocusController(this, {
      items: () => [...this.renderRoot.querySelectorAll(".axis-point")],
      orientation: "both",
      wrap: true
    });
    /** Numbers and dates formatted during one render: Intl formatters are slow to create. */
    this._formatted = /* @__PURE__ */ new Map();
    this._onScaleChange = (event) => {
      const radio = event.target;
      if (radio.type !== "radio") return;
      const id = event.currentTarget.dataset.question;
      const answer = radio.value === "" ? null : Number(radio.value);
      this.commit({ ...this.current, answers: { ...this.current.answers, [id]: answer } });
    };
    this._saveReading = () => {
      const readings = this.current.readings;
      const id = nextReadingId(readings);
      const reading = { id, label: msg(str`Reading ${readings.length + 1}`), date: today(), answers: { ...this.current.answers } };
      this.commit({ ...this.current, readings: [...readings, reading] });
      this._focusReading = id;
      this.announce(msg("Your answers are kept as a reading."));
    };
    this._onAxisKeydown = (event) => {
      this._axes.handleKeydown(event);
    };
    this._downloadSvg = () => downloadSvg(this._chart(), "readiness-radar.svg");
    this._downloadPng = () => downloadPng(this._chart(), "readiness-radar.png");
  }
  get schema() {
    return readinessSchema;
  }
  /** Score per principle: the mean (0–4) of its answered questions, `null` when none is answered. Read-only. */
  get scores() {
    return scoresOf(principlesByQuestion(this.current.questions), this.current.answers);
  }
  /** Principle ids scoring below `gap-threshold`, in the principles' order. Not answered is not a gap. Read-only. */
  get gaps() {
    return gapsOf(this.scores, this._threshold);
  }
  /** The chart as a standalone SVG document (text), as the SVG download gives it. */
  exportSvg() {
    return standaloneSvg(this._chart());
  }
  /** The chart as a PNG image, `scale` times its drawn size, as the PNG download gives it. */
  exportPng(scale = 2) {
    return svgToPng(this._chart(), scale);
  }
  get _threshold() {
    const threshold = Number(this.gapThreshold);
    return Number.isFinite(threshold) ? Math.min(SCALE_MAX, Math.max(0, threshold)) : DEFAULT_GAP_THRESHOLD;
  }
  _chart() {
    const chart = this.renderRoot.querySelector("svg.radar");
    if (!chart) throw new Error("The chart is not drawn yet: wait for updateComplete.");
    return chart;
  }
  _num(value) {
    return this._format(`n${value}`, () => formatNumber(value));
  }
  _date(date) {
    return this._format(`d${date}`, () => formatDate(date));
  }
  _format(key, make) {
    let text = this._formatted.get(key);
    if (text === void 0) this._formatted.set(key, text = make());
    return text;
  }
  render() {
    this._formatted.clear();
    const state2 = this.current;
    const principleOf = principlesByQuestion(state2.questions);
    const scores = scoresOf(principleOf, state2.answers);
    const readingScores = state2.readings.map((reading) => scoresOf(principleOf, reading.answers));
    const gaps = gapsOf(scores, this._threshold);
    const questions = resolveQuestions(state2);
    return b`<header part="header"><h2>${msg("Co-production readiness check")}</h2><p class="intro">${msg("Answer the questions about the six principles of co-production, alone or as a group. The chart shows where you are strong and where there are gaps. Turn each gap into an action.")}</p></header>${this.renderNotices()}<section class="results" part="results" aria-labelledby="results-heading"><h3 id="results-heading">${msg("Your scores")}</h3><div class="results-layout"><figure class="figure">${this._renderChart(scores, readingScores, gaps)} ${this._renderLegend(state2.readings)}</figure><div class="side">${this._renderGaps(scores, gaps)} ${this._renderTable(scores, readingScores, gaps, countsOf(principleOf, state2.answers))} ${this.isReadonly ? A : b`<div class="export" part="export"><button type="button" @click="${this._downloadSvg}">${msg("Download chart (SVG)")}</button> <button type="button" @click="${this._downloadPng}">${msg("Download chart (PNG)")}</button></div>`}</div></div></section>${this._renderChecklist(questions, scores, gaps)} ${this._renderReadings()}<div class="footer">${this.renderFileActions("readiness-check.json")}</div>`;
  }
  updated(changed) {
    super.updated(changed);
    if (this._focusNote) {
      this.renderRoot.querySelector(`#${fieldId(`note-${this._focusNote}`)}`)?.focus();
      this._focusNote = void 0;
    }
    if (this._focusReading) {
      const id = this._focusReading;
      this._focusReading = void 0;
      this.renderRoot.querySelector(`#${fieldId(`reading-${id}`)}`)?.focus();
    }
  }
  _scoreText(score) {
    return score === null ? msg("not answered") : msg(str`${this._num(score)} of 4`);
  }
  /** "Mutuality 1.5 of 4, lowest; Networks not answered; …" — the chart's accessible summary. */
  _summary(scores, gaps, readings) {
    const lowest = lowestOf(scores);
    if (principleIds.every((id) => scores[id] === null)) return msg("Readiness radar: no questions answered yet.");
    const parts = principleIds.map((id) => {
      const name = principleText(id).name;
      const score = scores[id];
      if (score === null) return msg(str`${name} not answered`);
      return lowest.includes(id) ? msg(str`${name} ${this._num(score)} of 4, lowest`) : msg(str`${name} ${this._num(score)} of 4`);
    });
    let summary = msg(str`Readiness radar: ${parts.join("; ")}.`);
    if (gaps.length) summary += ` ${msg(str`Gaps: ${gaps.map((id) => principleText(id).name).join(", ")}.`)}`;
    if (readings) summary += ` ${msg(str`Earlier readings shown as outlines: ${readings}.`)}`;
    return summary;
  }
  _renderChart(scores, readingScores, gaps) {
    const count = principleIds.length;
    const values = principleIds.map((id) => scores[id]);
    const points = scorePoints(values, SCALE_MAX, RADIUS);
    const names = principleIds.map((id) => principleText(id).name);
    const isGap = principleIds.map((id) => gaps.includes(id));
    const scoreTexts = values.map((score) => this._scoreText(score));
    return b`<div class="chart-box">${radarChart({
      max: SCALE_MAX,
      scores: values,
      readings: readingScores.map((reading) => principleIds.map((id) => reading[id])),
      gaps: isGap,
      threshold: this._threshold,
      names,
      scoreLines: scoreTexts.map((text, index) => isGap[index] ? msg(str`${text} · gap`) : text),
      summary: this._summary(scores, gaps, readingScores.length),
      activeAxis: this._activeAxis
    })} <svg class="axis-layer" viewBox="${VIEW_BOX}" role="group" aria-label="${msg("Principles on the chart. Use the arrow keys to go from one to the next.")}" @keydown="${this._onAxisKeydown}">${principleIds.map((_, index) => {
      const point = points[index] ?? polarPoint(axisAngle(index, count), RADIUS);
      const label = isGap[index] ? msg(str`${names[index]}: ${scoreTexts[index]}, gap`) : `${names[index]}: ${scoreTexts[index]}`;
      return w`<g class="axis-point" role="img" aria-label="${label}" tabindex="${index === this._axes.current ? 0 : -1}" transform="translate(${point.x} ${point.y})" @focus="${() => this._activeAxis = index}" @blur="${() => this._activeAxis = void 0}"><circle class="focus-ring" r="14"></circle></g>`;
    })}</svg></div>`;
  }
  _renderLegend(readings) {
    const sample = (kind, dash) => b`<svg class="sample" viewBox="0 0 40 12" aria-hidden="true"><line class="${kind}" x1="0" y1="6" x2="40" y2="6" stroke-dasharray="${dash ?? A}"></line></svg>`;
    return b`<figcaption><ul class="legend" part="legend" aria-label="${msg("Legend")}"><li>${sample("current")} ${msg("Now: your answers")}</li><li>${sample("gap-line")} ${msg(str`Gap line: a score under ${this._num(this._threshold)} is a gap`)}</li>${readings.map(
      (reading, index) => b`<li>${sample("reading", dashOf(index))} ${reading.label || msg(str`Reading ${index + 1}`)}${reading.date ? b`· ${this._date(reading.date)}` : A}</li>`
    )}</ul></figcaption>`;
  }
  _renderGaps(scores, gaps) {
    const unanswered = principleIds.filter((id) => scores[id] === null);
    const anyScore = unanswered.length < principleIds.length;
    return b`<section class="gaps" part="gaps" aria-labelledby="gaps-heading"><h4 id="gaps-heading">${msg(str`Gaps: scores under ${this._num(this._threshold)}`)}</h4>${gaps.length ? b`<ul>${gaps.map((id) => {
      const name = principleText(id).name;
      return b`<li><span><strong>${name}</strong> ${this._scoreText(scores[id])}</span> ${this.isReadonly ? A : b`<button type="button" class="primary" aria-label="${msg(str`Plan an action for ${name}`)}" @click="${() => this._planAction(id)}">${msg("Plan an action")}</button>`}</li>`;
    })}</ul>` : b`<p>${anyScore ? msg("No gaps in the principles you answered.") : msg("Answer the questions to see your scores and gaps.")}</p>`} ${anyScore && unanswered.length ? b`<p class="hint">${msg(str`Not answered yet: ${unanswered.map((id) => principleText(id).name).join(", ")}.`)}</p>` : A}</section>`;
  }
  _renderTable(scores, readingScores, gaps, counts) {
    const readings = this.current.readings;
    const cell = (score, gap = false) => score === null ? b`<td class="unanswered">${msg("not answered")}</td>` : b`<td>${this._num(score)}${gap ? b`<span class="gap-badge">${msg("gap")}</span>` : A}</td>`;
    return b`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table part="table"><caption id="table-caption">${msg("Scores per principle (0 to 4)")}</caption><thead><tr><th scope="col">${msg("Principle")}</th><th scope="col">${msg("Now")}</th><th scope="col">${msg("Answered")}</th>${readings.map(
      (reading, index) => b`<th scope="col">${reading.label || msg(str`Reading ${index + 1}`)}${reading.date ? b`<span class="date">${this._date(reading.date)}</span>` : A}</th>`
    )}</tr></thead><tbody>${principleIds.map(
      (id) => b`<tr><th scope="row">${principleText(id).name}</th>${cell(scores[id], gaps.includes(id))}<td>${msg(str`${counts[id].answered} of ${counts[id].total}`)}</td>${readingScores.map((reading) => cell(reading[id]))}</tr>`
    )}</tbody></table></div>`;
  }
  _renderChecklist(questions, scores, gaps) {
    const answered = questions.filter((question) => typeof this.current.answers[question.id] === "number").length;
    const scale = [...answerSteps, null].map(answerLabel);
    return b`<section class="checklist" part="checklist" aria-labelledby="checklist-heading"><h3 id="checklist-heading">${msg("The questions")}</h3><p class="progress">${msg(str`${answered} of ${questions.length} questions answered.`)} ${msg('Answer from 0 (no, not yet) to 4 (yes, fully). Not sure? Choose "don\u2019t know": it does not count in the score.')}</p>${principleIds.map((principle) => {
      const own = questions.filter((question) => question.principle === principle);
      if (!own.length) return A;
      const text = principleText(principle);
      const gap = gaps.includes(principle);
      return b`<section class="principle" part="principle" aria-labelledby="principle-${principle}"><h4 id="principle-${principle}">${text.name}</h4><p class="meaning">${text.meaning}</p><p class="principle-score">${msg("Score:")} <strong>${this._scoreText(scores[principle])}</strong> ${gap ? b`<span class="gap-badge">${msg("gap")}</span>` : A}</p>${own.map((question) => this._renderQuestion(question, questions.indexOf(question) + 1, scale))}</section>`;
    })}</section>`;
  }
  _renderQuestion(question, number, scale) {
    const answers = this.current.answers;
    const notes = this.current.notes;
    const hasAnswer = question.id in answers;
    const answer = answers[question.id] ?? null;
    const note = notes[question.id] ?? "";
    if (this.isReadonly) {
      return b`<div class="question" part="question"><p class="question-text"><span class="number">${number}.</span> ${question.text}</p><p class="read-answer">${hasAnswer ? answer === null ? answerLabel(null) : `${answer} \xB7 ${answerLabel(answer)}` : msg("Not answered yet")}</p>${note ? b`<p class="read-note"><strong>${msg("Note:")}</strong> <span class="read-text">${note}</span></p>` : A}</div>`;
    }
    const name = `q-${fieldId(question.id)}`;
    const choice = (value, label) => b`<label class="choice"><input type="radio" name="${name}" value="${value ?? ""}" .checked="${hasAnswer && answer === value}"> ${value === null ? A : b`<span class="step" aria-hidden="true">${value}</span>`} ${label}</label>`;
    const noteOpen = question.id in notes || this._openNotes.has(question.id);
    return b`<fieldset class="question" part="question" data-question="${question.id}" @change="${this._onScaleChange}"><legend class="question-text"><span class="number">${number}.</span> ${question.text}</legend><div class="scale">${answerSteps.map((step) => choice(step, scale[step]))} ${choice(null, scale[5])}</div><details class="note" ?open="${noteOpen}" @toggle="${(event) => this._onNoteToggle(event, question.id)}"><summary>${msg("Add a note")}</summary>${noteOpen ? this.renderTextField({
      key: `note-${question.id}`,
      label: msg(str`Note on question ${number}`),
      value: note,
      multiline: true,
      apply: (text) => ({ ...this.current, notes: { ...this.current.notes, [question.id]: text } })
    }) : A}</details></fieldset>`;
  }
  _renderReadings() {
    const readings = this.current.readings;
    if (this.isReadonly && !readings.length) return A;
    return b`<section class="readings" part="readings" aria-labelledby="readings-heading"><h3 id="readings-heading">${msg("Earlier readings")}</h3><p class="hint">${msg("Keep your answers as a reading, so you can see progress later. Readings are shown on the chart as outlines.")}</p>${readings.length ? b`<ul class="reading-list">${readings.map((reading, index) => this._renderReading(reading, index))}</ul>` : A} ${this.isReadonly ? A : b`<button type="button" @click="${this._saveReading}">${msg("Keep today\u2019s answers as a reading")}</button>`}</section>`;
  }
  _renderReading(reading, index) {
    const name = reading.label || msg(str`Reading ${index + 1}`);
    return b`<li class="reading-item"><svg class="sample" viewBox="0 0 40 12" aria-hidden="true"><line class="reading" x1="0" y1="6" x2="40" y2="6" stroke-dasharray="${dashOf(index)}"></line></svg><div class="reading-body">${this.renderTextField({
      key: `reading-${reading.id}`,
      label: msg(str`Name of reading ${index + 1}`),
      value: reading.label,
      limit: NAME_LIMIT,
      apply: (label) => ({ ...this.current, readings: this.current.readings.map((candidate) => candidate.id === reading.id ? { ...candidate, label } : candidate) })
    })}<p class="hint">${reading.date ? this._date(reading.date) : msg("No date")} · ${msg(str`${Object.values(reading.answers).filter((answer) => typeof answer === "number").length} answers`)}</p></div>${this.isReadonly ? A : b`<button type="button" class="quiet" @click="${() => this._removeReading(reading, name)}">${msg(str`Remove ${name}`)}</button>`}</li>`;
  }
  /** A note's field is drawn once its disclosure opens (or it has text), and then takes focus. */
  _onNoteToggle(event, id) {
    const open = event.target.open;
    if (!open || this._openNotes.has(id) || id in this.current.notes) return;
    this._openNotes = new Set(this._openNotes).add(id);
    this._focusNote = id;
  }
  _planAction(principle) {
    this.dispatchEvent(new CoprodPlanActionEvent(principle));
  }
  _removeReading(reading, name) {
    this.commitRemoval({ ...this.current, readings: this.current.readings.filter((candidate) => candidate.id !== reading.id) }, name);
  }
}
CoprodReadinessRadar.styles = [...CoprodElement.styles, radarChartStyles, radarStyles];
__decorateClass$1([
  n$1({ type: Number, attribute: "gap-threshold" })
], CoprodReadinessRadar.prototype, "gapThreshold");
__decorateClass$1([
  r()
], CoprodReadinessRadar.prototype, "_activeAxis");
__decorateClass$1([
  r()
], CoprodReadinessRadar.prototype, "_openNotes");

defineElement("coprod-readiness-radar", CoprodReadinessRadar);

const MAX_ACTIONS = 1e3;
function emptyActionPlan() {
  return { type: "coprod-action-plan", version: 1, actions: [] };
}
function emptyAction(id, principle) {
  return { id, principle, what: "", who: "", when: null, measure: "", done: false };
}
function nextActionId(actions) {
  const used = new Set(actions.map((action) => action.id));
  let n = actions.length + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}
function moveAction(actions, id, step) {
  const index = actions.findIndex((action) => action.id === id);
  if (index < 0) return [...actions];
  const principle = actions[index].principle;
  let other = index + step;
  while (other >= 0 && other < actions.length && actions[other].principle !== principle) other += step;
  if (other < 0 || other >= actions.length) return [...actions];
  const next = [...actions];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}
function smartCheck(action, today) {
  return {
    noOwner: !action.who.trim(),
    noDate: action.when === null,
    noMeasure: !action.measure.trim(),
    overdue: !action.done && action.when !== null && action.when < today
  };
}
function actionsInPrincipleOrder(actions) {
  return principleIds.flatMap((principle) => actions.filter((action) => action.principle === principle));
}
function readAction(value, path, check) {
  const action = check.object(value, path) ?? {};
  return {
    id: check.id(action.id, pointer(path, "id")),
    principle: check.oneOf(action.principle, principleIds, pointer(path, "principle")) ?? "assets",
    what: check.text(action.what, pointer(path, "what")),
    who: check.text(action.who, pointer(path, "who"), NAME_LIMIT),
    when: check.dateOrNull(action.when, pointer(path, "when")),
    measure: check.text(action.measure, pointer(path, "measure")),
    done: check.boolean(action.done, pointer(path, "done"))
  };
}
const actionPlanSchema = {
  type: "coprod-action-plan",
  version: 1,
  empty: emptyActionPlan,
  read(data, check) {
    const actions = check.list(data.actions, "/actions", { max: MAX_ACTIONS }).map((action, index) => readAction(action, pointer("/actions", index), check));
    check.uniqueIds(actions, "/actions");
    return { type: "coprod-action-plan", version: 1, actions };
  }
};

const planStyles = i$6`:host{--_row-background:var(--coprod-action-plan-row-background,var(--_surface));--_done:var(--coprod-action-plan-done-color,var(--_success));--_overdue:var(--coprod-action-plan-overdue-color,var(--_warning));padding:calc(var(--_space) * 2)}.intro{margin:0 0 var(--_space);max-width:70ch}.totals{margin:0 0 calc(var(--_space) * 2);font-weight:600}.overdue-flag{color:var(--_overdue);font-weight:700;display:inline-block}.groups{gap:calc(var(--_space) * 2);display:grid}.group{padding:calc(var(--_space) * 2);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt)}.group h3{margin-bottom:.25rem;font-size:1.2rem}.meaning{margin:0 0 var(--_space);color:var(--_muted)}.empty{margin:0 0 var(--_space);color:var(--_muted);font-style:italic}.rows{gap:var(--_space);margin-bottom:var(--_space);display:grid}.row{gap:var(--_space);padding:var(--_space);border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_row-background);display:grid}.row:not(.head){content-visibility:auto;contain-intrinsic-block-size:auto 30rem}.row.head{display:none}.row.done{border-left:calc(var(--_space) + 2px) solid var(--_done);padding-left:2px}.row.done .cell-what textarea{color:var(--_muted)}.cell{min-width:0}.cell .field{margin:0}.row textarea{min-height:var(--_target)}.cell-done{min-height:var(--_target);align-items:center;gap:.5rem;font-weight:600;display:flex}.cell-done label{cursor:pointer}.cell-when .hint{color:var(--_overdue);order:3;font-weight:700}.cell-tools{flex-wrap:wrap;gap:.25rem;display:flex}button.icon{place-items:center;padding:0;display:inline-grid}button.icon svg path{fill:currentColor}button:disabled{opacity:.4;cursor:default;background:var(--_surface)}.smart-hint{color:var(--_muted);margin:0;font-size:.95em}button.add{margin-top:.25rem}@container (width>=60rem){.row{grid-template-columns:3.5rem minmax(0, 2fr) minmax(0, 1.3fr) 10.5rem minmax(0, 2fr) calc(var(--_target) * 3 + .5rem);align-items:start}.row.head{background:0 0;border-color:#0000;padding-block:0;font-size:.95em;font-weight:700;display:grid}.row .field>label,.cell-done label{clip-path:inset(50%);white-space:nowrap;width:1px;height:1px;position:absolute;overflow:hidden}.cell-done{justify-content:center}.smart-hint{grid-column:2/-1}.row:not(.head){contain-intrinsic-size:auto 7rem}}.sheet{border-collapse:collapse;width:100%}.sheet th,.sheet td{border:1px solid var(--_border);text-align:start;vertical-align:top;padding:.4rem .5rem}.sheet thead th{background:var(--_surface-alt)}.sheet tbody th{width:9rem}.sheet .read-text{overflow-wrap:break-word}.sheet tr.done td{color:var(--_muted)}.sheet .overdue-flag{font-size:.9em;display:block}@container (width<=40rem){.sheet,.sheet tbody,.sheet tr,.sheet th,.sheet td{display:block}.sheet thead{display:none}.sheet tbody th{background:var(--_surface-alt);width:auto}}@media (forced-colors:active){.group,.row,.sheet th,.sheet td{border-color:canvastext}.row.done{border-left-color:highlight}button.icon svg path{fill:buttontext}button:disabled svg path{fill:graytext}}@media print{:host{padding:0}.sheet{font-size:10pt;display:table}.sheet thead{display:table-header-group}.sheet tbody{break-inside:avoid;display:table-row-group}.sheet tr{display:table-row}.sheet th,.sheet td{border-color:#000;display:table-cell}.group,.row{break-inside:avoid;content-visibility:visible}.smart-hint{display:none}}`;

var __defProp = Object.defineProperty;
var __decorateClass = (decorators, target, key, kind) => {
  var result = void 0 ;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (decorator(target, key, result) ) || result;
  if (result) __defProp(target, key, result);
  return result;
};
function columnNames() {
  return {
    what: msg("What will we do?"),
    who: msg("Who will do it?"),
    when: msg("By when?"),
    measure: msg("How will we know it has worked?"),
    done: msg("Done")
  };
}
const arrow = (d) => b`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="${d}"></path></svg>`;
const upIcon = () => arrow("M8 2 2 9h4v5h4V9h4z");
const downIcon = () => arrow("M8 14 2 7h4V2h4v5h4z");
const removeIcon = () => arrow("M3 4.4 4.4 3 8 6.6 11.6 3 13 4.4 9.4 8l3.6 3.6-1.4 1.4L8 9.4 4.4 13 3 11.6 6.6 8z");
class CoprodActionPlan extends CoprodElement {
  constructor() {
    super(...arguments);
    this.csvSeparator = null;
    /** While the browser prints, the plan is drawn as the toolkit's sheet. */
    this._print = new PrintController(this);
    /** DOM ids to focus after the next render, first one that can take focus wins. */
    this._focusAfter = [];
    this._downloadCsv = () => {
      const { header, rows } = this._csvTable();
      downloadCsv("action-plan.csv", header, rows, { separator: this._separator });
    };
  }
  get schema() {
    return actionPlanSchema;
  }
  /**
   * Adds an empty action for a principle at the end of its group, focuses its first field
   * and returns its id. A host call, not a user edit: no `coprod-change` is fired (the
   * state is saved and the form value updated, as for a `value` set).
   * @returns the new action's id, or `null` (and `coprod-invalid`) when `principle` is not one of the six ids
   */
  addAction({ principle }) {
    if (!isPrincipleId(principle)) {
      this.refuseInput([{ path: "/principle", message: messages.notOneOf(principle, principleIds) }]);
      return null;
    }
    const id = nextActionId(this.current.actions);
    this.replaceState({ ...this.current, actions: [...this.current.actions, emptyAction(id, principle)] });
    this._focusAfter = [fieldId(`${id}-what`)];
    this.announce(msg(str`New action for ${principleText(principle).name}.`));
    return id;
  }
  /** The plan as CSV text (without the byte order mark the download adds), one row per action. */
  toCsv(separator = this._separator) {
    const { header, rows } = this._csvTable();
    return toCsv(header, rows, { separator });
  }
  get _separator() {
    if (this.csvSeparator === ";" || this.csvSeparator === ",") return this.csvSeparator;
    return getLocale() === "nl" ? ";" : ",";
  }
  render() {
    const actions = this.current.actions;
    const now = today();
    const done = actions.filter((action) => action.done).length;
    const overdue = actions.filter((action) => smartCheck(action, now).overdue).length;
    const sheet = this.isReadonly || this._print.active;
    return b`<header part="header"><h2>${msg("Action plan")}</h2><p class="intro">${msg("Turn the gaps into actions. Make each action SMART: Specific, Measurable, Achievable, Realistic and Time-bound. Write what you will do, who will do it, by when, and how you will know it has worked.")}</p><p class="totals">${msg(str`Actions: ${actions.length}. Done: ${done}.`)} ${overdue ? b`<span class="overdue-flag">${msg(str`Date passed: ${overdue}.`)}</span>` : A}</p></header>${this.renderNotices()} ${sheet ? this._renderSheet(now) : this._renderEditor(now)}<div class="footer">${this.isReadonly ? A : b`<div class="export" part="export"><button type="button" @click="${this._downloadCsv}">${msg("Download as a spreadsheet (CSV)")}</button></div>`} ${this.renderFileActions("action-plan.json")}</div>`;
  }
  updated(changed) {
    super.updated(changed);
    if (!this._focusAfter.length) return;
    const candidates = this._focusAfter;
    this._focusAfter = [];
    for (const id of candidates) {
      const target = this.renderRoot.querySelector(`#${id}`);
      if (target && !target.disabled) {
        target.focus();
        break;
      }
    }
  }
  _renderEditor(now) {
    const columns = columnNames();
    return b`<div class="groups">${principleIds.map((principle) => {
      const text = principleText(principle);
      const own = this.current.actions.filter((action) => action.principle === principle);
      return b`<section class="group" part="group" aria-labelledby="group-${principle}"><h3 id="group-${principle}">${text.name}</h3><p class="meaning">${text.meaning}</p>${own.length ? b`<div class="rows"><div class="row head" aria-hidden="true"><span>${columns.done}</span><span>${columns.what}</span><span>${columns.who}</span><span>${columns.when}</span><span>${columns.measure}</span><span></span></div>${own.map((action, index) => this._renderRow(action, index, own.length, text.name, columns, now))}</div>` : b`<p class="empty">${msg("No actions yet.")}</p>`} <button type="button" class="add" @click="${() => this._add(principle)}">${msg(str`Add an action for ${text.name}`)}</button></section>`;
    })}</div>`;
  }
  _renderRow(action, index, count, name, columns, now) {
    const rowName = msg(str`${name}, action ${index + 1}`);
    const check = smartCheck(action, now);
    const missing = [check.noOwner && msg("who will do it"), check.noDate && msg("by when"), check.noMeasure && msg("how you will know it has worked")].filter(
      (part) => Boolean(part)
    );
    const hint = action.what.trim() && !action.done && missing.length ? msg(str`To make it SMART, add: ${missing.join(", ")}.`) : "";
    const id = fieldId(action.id);
    const update = (change) => ({
      ...this.current,
      actions: this.current.actions.map((candidate) => candidate.id === action.id ? { ...candidate, ...change } : candidate)
    });
    return b`<div class="row ${action.done ? "done" : ""} ${check.overdue ? "overdue" : ""}" part="action" role="group" aria-label="${rowName}" aria-describedby="${hint ? `hint-${id}` : A}" @keydown="${(event) => this._onRowKeydown(event, action, rowName)}"><div class="cell cell-done"><input type="checkbox" id="done-${id}" .checked="${action.done}" @change="${(event) => this.commit(update({ done: event.target.checked }))}"> <label for="done-${id}"><span class="visually-hidden">${rowName}: </span>${columns.done}</label></div><div class="cell cell-what">${this.renderTextField({ key: `${action.id}-what`, label: `${rowName}: ${columns.what}`, value: action.what, multiline: true, apply: (what) => update({ what }) })}</div><div class="cell cell-who">${this.renderTextField({ key: `${action.id}-who`, label: `${rowName}: ${columns.who}`, value: action.who, limit: NAME_LIMIT, apply: (who) => update({ who }) })}</div><div class="cell cell-when">${this.renderDateField({
      key: `${action.id}-when`,
      label: `${rowName}: ${columns.when}`,
      value: action.when,
      hint: check.overdue ? msg("This date has passed.") : void 0,
      apply: (when) => update({ when })
    })}</div><div class="cell cell-measure">${this.renderTextField({ key: `${action.id}-measure`, label: `${rowName}: ${columns.measure}`, value: action.measure, multiline: true, apply: (measure) => update({ measure }) })}</div><div class="cell cell-tools"><button type="button" class="icon" id="up-${id}" title="${msg("Move up")}" ?disabled="${index === 0}" @click="${() => this._move(action, -1, rowName, "up")}">${upIcon()}<span class="visually-hidden">${msg("Move up")}: ${rowName}</span></button> <button type="button" class="icon" id="down-${id}" title="${msg("Move down")}" ?disabled="${index === count - 1}" @click="${() => this._move(action, 1, rowName, "down")}">${downIcon()}<span class="visually-hidden">${msg("Move down")}: ${rowName}</span></button> <button type="button" class="icon" title="${msg("Remove")}" @click="${() => this._remove(action, rowName)}">${removeIcon()}<span class="visually-hidden">${msg(str`Remove ${rowName}`)}</span></button></div>${hint ? b`<p class="smart-hint" part="hint" id="hint-${id}">${hint}</p>` : A}</div>`;
  }
  /** The toolkit's action-plan sheet: one table, a row group per principle. For read-only and print. */
  _renderSheet(now) {
    const columns = columnNames();
    const dates = /* @__PURE__ */ new Map();
    const date = (iso) => dates.get(iso) ?? dates.set(iso, formatDate(iso)).get(iso);
    return b`<table class="sheet" part="sheet"><caption class="visually-hidden">${msg("Action plan")}</caption><thead><tr><th scope="col">${msg("Principle")}</th><th scope="col">${columns.what}</th><th scope="col">${columns.who}</th><th scope="col">${columns.when}</th><th scope="col">${columns.measure}</th><th scope="col">${columns.done}</th></tr></thead>${principleIds.map((principle) => {
      const name = principleText(principle).name;
      const own = this.current.actions.filter((action) => action.principle === principle);
      if (!own.length)
        return b`<tbody><tr><th scope="row">${name}</th><td colspan="5" class="empty">${msg("No actions yet.")}</td></tr></tbody>`;
      return b`<tbody>${own.map(
        (action, index) => b`<tr class="${action.done ? "done" : ""}">${index === 0 ? b`<th scope="rowgroup" rowspan="${own.length}">${name}</th>` : A}<td class="read-text">${action.what}</td><td class="read-text">${action.who}</td><td>${action.when ? date(action.when) : ""} ${smartCheck(action, now).overdue ? b`<span class="overdue-flag">${msg("This date has passed.")}</span>` : A}</td><td class="read-text">${action.measure}</td><td>${action.done ? msg("Yes") : msg("No")}</td></tr>`
      )}</tbody>`;
    })}</table>`;
  }
  _csvTable() {
    const columns = columnNames();
    return {
      header: [msg("Principle"), columns.what, columns.who, columns.when, columns.measure, columns.done],
      rows: actionsInPrincipleOrder(this.current.actions).map((action) => [
        principleText(action.principle).name,
        action.what,
        action.who,
        action.when ?? "",
        action.measure,
        action.done ? msg("Yes") : msg("No")
      ])
    };
  }
  _add(principle) {
    const id = nextActionId(this.current.actions);
    this.commit({ ...this.current, actions: [...this.current.actions, emptyAction(id, principle)] });
    this._focusAfter = [fieldId(`${id}-what`)];
  }
  _move(action, step, rowName, keep) {
    const actions = moveAction(this.current.actions, action.id, step);
    if (actions.every((candidate, index) => candidate === this.current.actions[index])) return;
    this.commit({ ...this.current, actions });
    const id = fieldId(action.id);
    this._focusAfter = keep === "up" ? [`up-${id}`, `down-${id}`] : keep === "down" ? [`down-${id}`, `up-${id}`] : [keep];
    const own = actions.filter((candidate) => candidate.principle === action.principle);
    const position = own.findIndex((candidate) => candidate.id === action.id) + 1;
    this.announce(msg(str`${rowName} moved. It is now number ${position} of ${own.length}.`));
  }
  _remove(action, rowName) {
    const what = action.what.trim() ? `${rowName} (${action.what.trim().slice(0, 40)})` : rowName;
    this.commitRemoval({ ...this.current, actions: this.current.actions.filter((candidate) => candidate.id !== action.id) }, what);
  }
  /** Alt + arrow up/down moves the action within its principle; focus stays in the same field. */
  _onRowKeydown(event, action, rowName) {
    if (!event.altKey || event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const focused = this.renderRoot.activeElement;
    this._move(action, event.key === "ArrowUp" ? -1 : 1, rowName, focused?.id || `up-${fieldId(action.id)}`);
  }
}
CoprodActionPlan.styles = [...CoprodElement.styles, planStyles];
__decorateClass([
  n$1({ attribute: "csv-separator" })
], CoprodActionPlan.prototype, "csvSeparator");

defineElement("coprod-action-plan", CoprodActionPlan);

const templates = {
  "s00500cd82b70b565": `Notitie:`,
  "s02947d9aa93ece5f": `Diagram downloaden (PNG)`,
  "s0379fc73608ab971": `Klaar`,
  "s05024bdfa84294a9": `Persoon toevoegen aan:`,
  "s07ad8c2d5c1e7b84": `Ongedaan gemaakt.`,
  "s08b35907b5589afa": `nee`,
  "s09205907b5b56cda": `Nee`,
  "s09a45db408570a7a": `Mijn profiel`,
  "s09edf9855c26aed9": str`In de cirkel: ${0}.`,
  "s0bc7339ce7a78937": str`Kaart gepland: ${0}.`,
  "s0bf56978a675000e": `Wat wij doen`,
  "s0bf94ba8b5250224": `Tekening opslaan (SVG)`,
  "s0c831261f022a385": str`Deze gegevens komen uit een nieuwere versie (${0}). Deze pagina kan versie ${1} en ouder lezen.`,
  "s0cf65ac3d833e587": `Hoe hadden we een beter resultaat kunnen krijgen?`,
  "s0d13e89f38f25c0a": str`${0} ${1} van 4, laagste`,
  "s0d80b2aab633db38": `Hier hoort een lijst.`,
  "s0f3be7a3eb246595": `Doet iedereen mee bij het starten, uitvoeren, evalueren en leiden van het project of de dienst?`,
  "s10cbf145b3ee3aeb": str`Hier hoort een heel getal van ${0} tot en met ${1}.`,
  "s116f55eea6033ca0": `Plan deze kaarten voor het overleg op`,
  "s1188d32b2c2cd979": `Steuncirkel`,
  "s131b1f93eb18b494": str`${0} ${1} van 4`,
  "s169996f3e7741304": `Raadplegen`,
  "s16ebe5b0424c8fed": `Jullie scores`,
  "s18752c426100cb1a": `Geen datum`,
  "s18d9277a5ac87167": `Deelnemers`,
  "s19c85f4b5ad34b43": `Welke ladder?`,
  "s1ab3934c22127710": `Een wijziging uit de gedeelde ruimte kon niet gelezen worden. Je oefening is niet veranderd.`,
  "s1ae7bdb77688251e": `Persoon zonder naam`,
  "s1af28d1d5c5a1c30": `Praat je over wat mensen van elkaar kunnen verwachten als ze gaan meedoen?`,
  "s1b5203d631079c62": `Wie of wat kan mij helpen om dit te leren?`,
  "s1c4331d2cc42999b": str`Deze lijst is te lang. Er mogen ${0} onderdelen in.`,
  "s1c584f74f15d3bfb": `1 co-producent`,
  "s1c9375a694ceda08": `een ring naar buiten.`,
  "s1ca310c46eab9536": `Betrokkenen`,
  "s1d14fb4f549a96b3": `Voorlichten`,
  "s1e329475c3762b09": `Principes in het diagram. Ga met de pijltjestoetsen van het ene naar het volgende.`,
  "s1e78b6d72dfff435": `Wat staat er op de kaart?`,
  "s1f4ebe33010ba594": str`de kaart "${0}"`,
  "s2195a761b9b1f3c2": `Anderen beslissen. Mensen worden niets gevraagd.`,
  "s23644f6e6dce6f2b": str`Kaart verplaatst naar ${0}.`,
  "s23e64578da652d0f": `Voorbeelden uit de praktijk`,
  "s2438d0f514ca2621": `Plan een actie`,
  "s274fe8ca5821233c": `In mijn eigen werk doe ik vooral\u2026`,
  "s27575b14c90d05bd": `Notitie toevoegen`,
  "s27c05276693505a6": `Mensen beslissen en doen samen, als gelijken.`,
  "s28ab0bfe4aec2a5a": `Datum van het overleg`,
  "s28d175aad89d3f67": `Nog niet beantwoord`,
  "s28f967a2c8524fd5": str`${0} deelnemers`,
  "s2c412d9e87c7c95b": `Tekening opslaan (PNG)`,
  "s2c5badb99fe48ddd": `Geen inspraak`,
  "s2c7e2bbbca376f9a": `Kijk naar wat iedereen al kan, en geef ruimte om te groeien.`,
  "s2ca3e71fa866e314": `Mensen moeten meedoen of hulp aannemen. Ze hebben niets te zeggen.`,
  "s2cb92fe641ca5807": `Een foto kiezen`,
  "s2d7072bbcde0b708": `Besproken`,
  "s2dfc79029209eb3d": str`Lijn voor gaten: een score onder ${0} is een gat`,
  "s2ea91b543c17d318": `Kwaliteiten (activa)`,
  "s2ede4835bdbef5c7": `zet de persoon een ring naar binnen,`,
  "s2ee2b81a3b8a6172": `Opslaan als spreadsheet (CSV)`,
  "s2f113dcdbbab3a42": `Staan de mensen met eigen ervaring (en hun familie of mantelzorgers) centraal in dit project of deze dienst? Met hun vaardigheden en hun wensen?`,
  "s2fa05f91c1baa29b": str`${0} verwijderen`,
  "s30679a88e4081311": `1 deelnemer`,
  "s3154fc8527ef7b8b": `Dit mag je leeg laten.`,
  "s3189bd8239b5207e": `Mensen horen iets of mogen iets zeggen, maar anderen beslissen.`,
  "s3192dfb9167ed9c8": `Ja, helemaal`,
  "s31dbf5724eefd491": str`"${0}" is nu onderdeel ${1} van ${2}.`,
  "s32f8e855116654aa": `1 kaart`,
  "s33301c489afb1195": `Dwang`,
  "s348b432173bf673c": `Plan voor contact en betrekken`,
  "s349ecdfe8913c63e": str`"${0}" is geen van de keuzes: ${1}.`,
  "s34c049468209a2dc": `wanneer het klaar is`,
  "s35ab1aaa28d2a02f": `De gegevens voor deze oefening konden niet worden gelezen. Er is niets veranderd.`,
  "s361baa0fb91355ea": `Geen gaten bij de principes die je hebt ingevuld.`,
  "s36bcb04ee32d8fba": `Houd je bij hoe dat gaat?`,
  "s36edb6d2e072f7c5": `1 geraadpleegde`,
  "s371cbb413884ee57": `Nog geen acties.`,
  "s3740f41a6410c6dc": `Mensen geven hun mening, bijvoorbeeld in een enqu\xEAte of op een bijeenkomst. Het is niet zeker dat er iets mee gebeurt.`,
  "s3741f519c32ac391": `Nieuw`,
  "s3763f519c347a9f7": `Nu`,
  "s382755cb287cc34c": `Een onderdeel toevoegen`,
  "s38d7b2faec776de4": str`Deze gegevens horen bij "${0}", maar deze oefening leest "${1}".`,
  "s396da94673eb45da": `Participatieladder`,
  "s3cf9d980af5df0c7": str`${0} voorbeelden hebben geen trede op deze ladder. Kies opnieuw een trede.`,
  "s3d77b5b0d4875bd9": str`Overleg van ${0}`,
  "s3d7a7bc3e37eee98": `Mijn leeftijd`,
  "s3ddb59ce05438f43": `Doen voor`,
  "s404f41d273770849": `Mensen van wie je advies wilt. Ze krijgen zelf geen hulp van het project en hebben er geen voordeel van.`,
  "s4086871a197d469d": `Score:`,
  "s40b1bcc39135e82a": `Mijn laatste kaart terughalen`,
  "s4108ea8c79db1cae": `De foto weghalen`,
  "s42c92cdbcfe1b28e": `Dit veld is verplicht en mag niet leeg zijn.`,
  "s44f38aae557f68ba": `Burgers aan het roer`,
  "s4767ccac5162c1a5": `Doen aan`,
  "s481424711047802c": `Dit onderdeel weghalen`,
  "s48ba546bba43ea98": `Een beetje`,
  "s49cb24e443133f31": str`Naam van meting ${0}`,
  "s49d7d655fba6cd95": `Een opgeslagen bestand openen`,
  "s4a1026de0fb78776": `1 voorbeeld heeft geen trede op deze ladder. Kies opnieuw een trede.`,
  "s4b4210fdcdfb296d": `Is hulp vragen en hulp geven iets goeds, dat je van iedereen verwacht?`,
  "s4b58c01e2578f5e4": `Legenda`,
  "s4ba90920fcd9397b": `Dit bestand kunnen we niet lezen als foto. Kies een JPEG-, PNG- of WebP-afbeelding.`,
  "s4bae908426bc9792": `Zeggenschap van burgers`,
  "s4c4c2425a93b3433": `Krijgen mensen actief steun om meer zelf te doen?`,
  "s4d6fc9fea60b2ed3": `Ons team of onze dienst ("wij")`,
  "s4d792b42b7295809": str`Radardiagram: ${0}.`,
  "s4dcaeba08b6f86e8": `Diagram downloaden (SVG)`,
  "s4dce92d49537be18": `Verwacht iedereen van elkaar dat je blijft leren en groeien?`,
  "s4ea0f21fc2a338a1": `Omhoog`,
  "s4eb231b85c062322": `Nog niet gepland`,
  "s4ef3422908562e2b": `Ik wil graag helpen om dit verder te brengen.`,
  "s5043cffe032c0d83": `Weet iedereen dat het ook hun project is, niet alleen van de organisatie?`,
  "s5077dd7a797bca69": `Co-producenten`,
  "s5135b6cdbb2766ee": `De lijst voor het overleg printen`,
  "s51c36dadd940706a": str`${0} staat al in de buitenste ring.`,
  "s521b81f47bafd161": `Nee, nog niet`,
  "s5231cc1a0cec7c97": `Mensen bedenken de dienst samen met professionals, als gelijken.`,
  "s52c95be5ff47414f": str`${0} niet ingevuld`,
  "s54b30db66a10d289": `niet ingevuld`,
  "s558f1e0e46354810": `Zie je netwerken buiten het project als een kerntaak?`,
  "s55ecb3dfda5251f9": `Weet ik nog niet`,
  "s5631f38b8c8b2b2c": `Antwoord van 0 (nee, nog niet) tot 4 (ja, helemaal). Weet je het niet zeker? Kies dan "weet ik niet". Dat telt niet mee in de score.`,
  "s568f04b2be58e93f": `Onderdeel zonder titel`,
  "s5695f771a9f14792": `Profielfoto`,
  "s5727cf2418335866": str`${0} kaarten gepland: ${1}.`,
  "s579ccfe5249b5c13": `Waar past dit op de ladder?`,
  "s585c923402100da5": `Opgepakt`,
  "s59b9d745f6531a8a": `Nog niet gekozen`,
  "s5a3c6cab071d67ef": `Overgedragen macht`,
  "s5dbc578bfd127c98": str`Leeftijd: ${0}`,
  "s5de8a15adcb1fd6e": `Radardiagram: nog geen vragen beantwoord.`,
  "s5e0376de27900fd9": `Wie of wat kan ons helpen om dit te leren?`,
  "s5e24da26d5af543e": str`Deze tekst is te lang: ${0} tekens. Er mogen er ${1}. Maak de tekst korter.`,
  "s5ecefd76de8e5706": `Weet ik niet`,
  "s5f861a4436c6049a": `Overleg`,
  "s5fbbfa1213f481f3": `(geen idee opgeschreven)`,
  "s5fcbc8cccee2ca2c": `Dit onderdeel aanpassen`,
  "s613c5bc4e42f091d": str`${0} is verplaatst. Het is nu nummer ${1} van ${2}.`,
  "s615613f2e6024967": `Principe`,
  "s6176bf0219639699": `Wanneer is het klaar?`,
  "s62490eee2da07b28": `de foto`,
  "s62ca812fbe7d8066": `Dit punt weghalen`,
  "s6390afdfe79442c0": `Samen ontwerpen`,
  "s644dec26fc2ba484": `Hier horen velden met een naam en een waarde.`,
  "s64aaa8c507072097": `Aanjagers (katalysatoren)`,
  "s662a4649201589c9": `Capaciteit`,
  "s66eb8ab38733fa92": `Het werk dat in deze browser bewaard is, kon niet worden gelezen. Het blijft onveranderd bewaard.`,
  "s67b4d6f53ac31c6c": `Tip: schrijf ook een voorbeeld van "doen voor" op.`,
  "s684a712107b118fe": `Beantwoord`,
  "s68749f62a00648da": `Wat belangrijk is voor mij`,
  "s697a9abf2ed63785": str`Gaten: scores onder ${0}`,
  "s6aa9965d0839e0ac": `Hoe had ik een beter resultaat kunnen krijgen?`,
  "s6add80ce7ac5f2c6": str`${0}: punt ${1}`,
  "s6dd31964569f5eff": `Wederkerigheid`,
  "s6de28fd0fbdd174c": `Mensen horen wat hun rechten en keuzes zijn. De informatie gaat maar \xE9\xE9n kant op.`,
  "s6f05c256a826951f": `1 betrokkene`,
  "s6f76dc628275dea0": `Informeren`,
  "s6f7892bbc1a18a7a": `Lijst voor het overleg`,
  "s703c0aa2d894682e": `Betrekken`,
  "s70a2cc21fc5e105a": `Wat moet ik leren om hoger op de ladder te komen?`,
  "s70f3c07d850fe28e": `Je antwoorden zijn bewaard als meting.`,
  "s710484bc17231881": `Titel van dit onderdeel`,
  "s71621271b1f3f3a9": `Klaar voor co-productie?`,
  "s733ab54708d9607d": `Foto toegevoegd.`,
  "s73e84300a242b3a3": `Met de muis of je vinger: sleep een naam naar een andere ring.`,
  "s748c0074eff45884": `Manipulatie`,
  "s74acf39014ad96e9": `Deze datum is voorbij.`,
  "s74faa074c605109b": `Mezelf ("ik")`,
  "s75ba87d6f7f3bd0b": `Deze browser kon je werk niet bewaren. Sla het op in een bestand, dan raak je niets kwijt.`,
  "s76c88cb41f8dd86e": `Hier is een nieuwe kaart voor je volgende idee.`,
  "s76c9cc6963cf32af": `De kaarten die mensen inleverden, per overleg. Bespreek ze in het overleg. Nodig de mensen uit die willen helpen.`,
  "s775484d0daf96cd1": `Mijn naam (niet verplicht)`,
  "s78e4dfc01f255c9d": `Kanskaarten`,
  "s7a915bb1541bed22": `hoe je weet dat het gewerkt heeft`,
  "s7ae2b6a4b8413cde": `Burgers en de organisatie plannen en beslissen samen.`,
  "s7b7e8217e77f4a7f": `Dit bestand kon niet worden geopend. Er is niets veranderd.`,
  "s7c9939a8921175ad": `In ons werk doen we vooral\u2026`,
  "s7f1b29a50216220a": `Een punt toevoegen`,
  "s7ffec66b1cf26968": str`Je ziet ${0} van de ${1} kaarten.`,
  "s80bc550107b8e01c": `Kanskaart`,
  "s827b982673e6e853": `Partnerschap`,
  "s832e3dd372c396bb": `Beantwoord de vragen. Dan zie je de scores en de gaten.`,
  "s836e427a0909c814": `opent de persoon in de lijst.`,
  "s83b97be1449ab325": `Downloaden als spreadsheet (CSV)`,
  "s842f285f928d3ac0": `Dank je wel! Je kaart is ingeleverd.`,
  "s84833f185bd0ee43": `Hier hoort waar (true) of niet waar (false).`,
  "s8622e0d5579c6d49": `Wie horen er bij je project? Denk aan iedere persoon en schrijf de naam op, niet een functie of een groep. Zet iedereen op de ring die het beste past. Mensen kunnen later naar een andere ring gaan.`,
  "s8735566f3b24941d": `gaan naar de volgende persoon.`,
  "s8940e4bf9af057e2": `Netwerken`,
  "s89649937ddef97b1": str`${0}, ${1}`,
  "s898ed88fc6609361": `Kaart plannen`,
  "s8ac38b3b1b0764ee": str`1 kaart gepland: ${0}.`,
  "s8ba26d1490460703": `Wat was het resultaat?`,
  "s8c5a2cdef8867d88": str`${0} · gat`,
  "s8c9908f2a15c3ede": `Geraadpleegden`,
  "s8da0fb7167808d17": `Scores per principe (0 tot en met 4)`,
  "s8dae35b33a92146c": `Over:`,
  "s8e65a3824b0ef336": `Burgers beslissen mee of beslissen zelf.`,
  "s8f258847d0fef3d3": `Er is een nieuwe kaart bij.`,
  "s8f4be9f086eb530f": `Ongedaan maken`,
  "s8f6cb88dec993587": `Ik wil graag helpen om dit verder te brengen`,
  "s91948a3e4ec6497e": str`Actie toevoegen voor ${0}`,
  "s91e3f6dd9ddd2b81": `Wat gaan we doen?`,
  "s92ef1859c6bd1632": str`${0} antwoorden`,
  "s939247740fc1c2f6": str`${0} staat nu in de ring ${1}.`,
  "s947548e3220d137d": `Tip: op een kaart ga je met de pijltjes omhoog en omlaag naar een andere kaart. Met de pijltjes links en rechts, of de toetsen 1 tot en met 4, verander je de status. Met Enter zie je meer keuzes. Je kunt een kaart ook naar een andere kolom slepen.`,
  "s94c14fed648a08f9": `Grotendeels`,
  "s94c9e00fa771ac51": `Rollen delen`,
  "s9538e572aa0901bd": `Probeer je bij het ontwerpen en uitvoeren van de dienst altijd de kracht van mensen en de buurt te laten groeien?`,
  "s958c6cff314b3775": `Bekijk de treden van de ladder. Waar past je eigen werk? Schrijf voorbeelden op. Denk daarna na over wat je wilt veranderen.`,
  "s95ed9f267f1cb860": `Mensen worden gezien als het probleem. Niemand vraagt wat zij nodig hebben.`,
  "s96a228869ca034be": `Therapie`,
  "s9799e1b8673d64e8": `Past het werk in het project bij de vaardigheden en taken van iedereen die meedoet?`,
  "s9913eb11f9bf77d8": `Kies eerst de datum van het overleg.`,
  "s99662efff8222f9f": `Deze kaart weghalen`,
  "s9ad4b6a5f3925d79": str`Punt ${0} van ${1} weghalen`,
  "s9b62b851094aa4cc": `Verplaatsen of plannen`,
  "s9ba781b122462182": str`${0} kaarten`,
  "s9c8cd2c83ac2c339": `Diensten helpen mensen om zelf iets te veranderen. Ze doen het niet voor hen.`,
  "s9d19998121835618": `Een foto`,
  "s9db087e366b47cdf": str`Maak het SMART. Vul nog in: ${0}.`,
  "s9e7ee6a9ba755905": `Je vertelt mensen wat er gaat gebeuren of wat er besloten is.`,
  "sa001c368db78eb05": `Mensen bedenken en doen de dienst samen met professionals. Ze delen de macht en de verantwoordelijkheid.`,
  "sa010dbe9b90fee07": `Een andere foto kiezen`,
  "sa052cce8d7fd96ad": `Mensen praten mee over sommige keuzes. De organisatie houdt de leiding.`,
  "sa0afe4bc7e607d0f": `Participatieladder van Arnstein (1969)`,
  "sa207217947f1403f": str`${0}: ${1} treden, van ${2} onderaan tot ${3} bovenaan.`,
  "sa29279390ec82885": `Vertel iets over jezelf. Iedereen in de groep vult dezelfde kaart in.`,
  "sa2c20a182db417c9": `Wat anderen in mij waarderen`,
  "sa36970e6b23ac726": `De gewone titel gebruiken`,
  "sa460871efa85819b": `Ik help nu liever niet mee om dit verder te brengen.`,
  "sa4eb9ed0bf714941": `Schijninspraak`,
  "sa5444e4cf2f22cd1": `Nu: jullie antwoorden`,
  "sa683b302f39a6933": `Tip: schrijf minstens \xE9\xE9n voorbeeld van "doen met" en \xE9\xE9n van "doen voor" op.`,
  "sa7159d89a98be664": str`Kaart verplaatst naar ${0}. Die kolom zie je nu niet, door je keuze bovenaan.`,
  "sa7e4b201a1780e7f": `Schrijf eerst je idee op. Dan kun je je kaart inleveren.`,
  "sa82bdbf3f11b2d65": `Hoe zorg ik dat mijn werk van elke dag hoger op de ladder komt, naar "doen met"?`,
  "sa8418ceb6bef5c77": str`Voorbeeld ${0}`,
  "sa89b405fb505bfee": `Bekijk de treden van de ladder. Waar past het werk van jullie team of dienst? Schrijf voorbeelden op. Denk daarna na over wat jullie willen veranderen.`,
  "sa89ce29320165f0d": `Of het webadres van een foto`,
  "sa8f9f1ca14f4be88": `Waardeer je veel verschillende vaardigheden en ervaringen?`,
  "saadf68993ac78942": `Heb je een idee, groot of klein? Schrijf het op. De kaartenhouder brengt het in bij het volgende overleg.`,
  "saaf9b0a10c7967e4": `Doen met`,
  "sac7e156e477a31b9": `Moeten op de hoogte blijven en geven soms hun mening, bijvoorbeeld een manager of iemand die geld geeft. Ze doen niet actief mee.`,
  "sac8252732f2edb19": `Datum`,
  "sad3e3c8146fc920f": `Status`,
  "sad59dccc8368539b": `Hoe kunnen mensen mij stimuleren?`,
  "sad844a66a1f77d10": str`"${0}" is geen datum. Schrijf de datum zo: 2026-11-25.`,
  "saf0fc8cf6a2c62ca": `Het adres begint met https://. Een foto die je kiest, maken we klein. Zo is hij snel bewaard.`,
  "sb013a7b0b5461efb": `Vindt het project of de organisatie het steunen van netwerken van lotgenoten een kerntaak? In die netwerken geven mensen kennis en vaardigheden aan elkaar door.`,
  "sb193164502032790": `Plannen`,
  "sb233557012dcb328": `Omlaag`,
  "sb26cf7b8a9768946": `Hier hoort tekst.`,
  "sb2b44de8a70ae954": str`${0} van ${1}`,
  "sb2b467e8a70b1582": str`${0} van 4`,
  "sb2ea9d897c0d9b71": `Deze lijst moet minstens \xE9\xE9n onderdeel hebben.`,
  "sb3a34388ea8cdf6d": `Wat ik deed`,
  "sb483160abe497041": `De vragen`,
  "sb52f3fa761f3236a": str`Gaten: ${0}.`,
  "sb53f7a197981b790": `ja`,
  "sb5e190b44712cd1e": str`Nieuwe actie voor ${0}.`,
  "sb6f67d8638196c43": `wie het doet`,
  "sb75c9af9795ec8e4": `Eerdere metingen`,
  "sb7a467cd94c34068": `Iedereen in de cirkel`,
  "sb7a715b15d32121b": `Nog geen voorbeelden.`,
  "sb7c9c1579911bee2": `Je mag dit leeg laten. Anoniem is ook goed.`,
  "sb8bf6c87cb472200": `Een paar mensen mogen meepraten en advies geven. De macht blijft bij anderen.`,
  "sb9054cea3abd19ab": str`${0} co-producenten`,
  "sb92b2b1fb254acb4": `Hoe zorgen we dat ons werk van elke dag hoger op de ladder komt, naar "doen met"?`,
  "sb95cae1877630195": `Mensen mogen iets zeggen, maar anderen beslissen.`,
  "sb97c36028d093522": `Mensen hebben ervaring, sterke kanten en talenten. Ze krijgen niet alleen hulp, ze geven ook.`,
  "sba09fc6f1b6b4376": `Is iedereen even verantwoordelijk voor een goed verloop?`,
  "sba9bb37c2af90ca3": str`Versie "${0}" is geen bekende versie van deze gegevens.`,
  "sbd5bdda797474bb8": `Mensen zitten voor de schijn in een overleg. Ze hebben geen echte invloed.`,
  "sbd65b575f8820d00": `Zijn samen verantwoordelijk voor het resultaat. Ze geven hun tijd, kennis en vaardigheden.`,
  "sbd98ef3d18829b84": `Toetsenbord: ga met Tab naar de mensen in de cirkel.`,
  "sbe1d2a8a44610219": `Bewaar je antwoorden als meting. Dan zie je later wat er beter is geworden. Metingen staan als lijnen in het diagram.`,
  "sbf97e1edeab4fbe9": `Wat moeten we leren om hoger op de ladder te komen?`,
  "sbfba4b1da06bd839": str`${0}, actie ${1}`,
  "sc0208c51410a43ab": `Hoger is niet altijd beter. Soms is informeren of om een mening vragen precies goed. Kies je trede bewust.`,
  "sc12eb5f5c0b960c6": `Je vraagt mensen wat ze ervan vinden. Jij beslist wat je ermee doet.`,
  "sc147fbf922fc5eac": `Alle kaarten laten zien`,
  "sc162f638f71216be": str`${0} van ${1} vragen beantwoord.`,
  "sc221faca1ecb4aee": `Anoniem`,
  "sc2563a53b29cd680": str`${0} geraadpleegden`,
  "sc2d6e70eca89a966": `Er staat nog niemand in de lijst.`,
  "sc39b42d9773db5e1": `Elk idee telt.`,
  "sc3aa6f478f411744": `Terugkijken`,
  "sc3ef0701541b472a": `Welke kaarten wil je zien?`,
  "sc401f22f39e6501a": `Een kaart is bijgewerkt.`,
  "sc559a40ae905cc8f": str`Persoon toevoegen aan ${0}`,
  "sc6848f7ef48ef614": `Wie doet het?`,
  "sc87de27a41cc1378": `Helpen medewerkers vooral om mensen in contact te brengen met netwerken en hulp voor een goed leven? Halen ze drempels weg en bouwen ze aan vaardigheden en zelfvertrouwen?`,
  "sc8cab856b1dd2acc": `Mensen hebben geen echte invloed.`,
  "sc9113dd14a7fef3a": `Idee`,
  "sc932b8132f052214": str`Notitie bij vraag ${0}`,
  "sca03f09262d35d85": `Zie je alle bijdragen als heel belangrijk voor het succes? Ook die van de mensen die hulp krijgen?`,
  "scb489a1a173ac3f0": `Ja`,
  "scbd555da9b50b74d": str`Voorbeelden op ${0}`,
  "sce3e4588c82657c7": `Alleen webadressen die beginnen met https: en afbeeldingen (data:image) zijn toegestaan.`,
  "scf22cbaef0463864": str`${0} staat al in de binnenste ring.`,
  "scfc06c6dd85951d5": str`${0}: ${1}, gat`,
  "scffc17246f04016b": `Maak van de gaten acties. Maak elke actie SMART: Specifiek, Meetbaar, Acceptabel, Realistisch en Tijdgebonden. Schrijf op wat je gaat doen, wie het doet, wanneer het klaar is en hoe je weet dat het gewerkt heeft.`,
  "sd0a75fd0358d5e8d": str`Meting ${0}`,
  "sd0aa6aec151e9803": `Deels`,
  "sd15d5d876d37bb6e": str`Foto van ${0}`,
  "sd176cdca70b4862b": str`Kaart verplaatst naar ${0}, ${1}.`,
  "sd2b63da66d6f0d86": `Mensen in de cirkel`,
  "sd36f0cd753e2e129": `Ladder:`,
  "sd3a91c3b6baa696e": `Probeer deze trede te vermijden.`,
  "sd42451bc08194c74": `Opslaan in een bestand`,
  "sd4f05718fab6a2ef": `gat`,
  "sd644ab5009ef7d10": `Bericht sluiten`,
  "sd66ca71b8b61c93b": `Beantwoord de vragen over de zes principes van co-productie. Dat kan alleen of met een groep. Het diagram laat zien waar je sterk bent en waar er gaten zijn. Maak van elk gat een actie.`,
  "sd6f9519825196bfd": str`Nog niet ingevuld: ${0}.`,
  "sd75355abd9446f7d": `Co-productie`,
  "sd93a71ed594f3365": str`Datum voorbij: ${0}.`,
  "sd9ac65866f680c60": `Kunnen mensen zeggen welke beloning voor hen waardevol is (niet alleen geld)?`,
  "sdcea4d2bfa11ceeb": `Ring`,
  "sdd083ffd2df35013": `Over wie gaat het?`,
  "sdd8772d1bb639209": `Je legt uit wat een dienst is en hoe die werkt, zodat mensen het snappen.`,
  "sde1be8a34bb3d981": `Je hebt een voorbeeld van "doen voor" en van "doen met". Goed gedaan.`,
  "sde4ca3df78bcb268": str`Acties: ${0}. Klaar: ${1}.`,
  "sdecfff98d2790bfe": `Mijn idee`,
  "se013045ee47e42bd": `Kies voor elke kaart in de groep hetzelfde. Laat weg wat mensen liever niet delen.`,
  "se03195d1b4b17c9e": `Dit zijn geen gegevens van een oefening: er moeten een "type" en een "version" in staan.`,
  "se0584fbf89982d59": `Tip: schrijf ook een voorbeeld van "doen met" op.`,
  "se0d95fa3e60ab527": `Je laatste kaart is terug. Je kunt hem aanpassen en opnieuw inleveren.`,
  "se31388f53b00f7b1": `Iedereen geeft en iedereen krijgt. Je deelt taken en verwachtingen.`,
  "se32342cfb41c0800": `Minder verschil tussen professionals en de mensen die hulp krijgen.`,
  "se4470f10bd900bc8": `Punt weggehaald.`,
  "se4d3f1cdfbefa814": `Ladder van co-productie`,
  "se63eadff8d488396": `Krijgen hulp van het project of helpen mee, maar zijn er niet mee begonnen. Later worden ze misschien co-producent.`,
  "se641cc45f5f6e582": `Er staat nog niemand in de cirkel.`,
  "se713565ad5e92092": `Alle overleggen`,
  "se7633c823e64293a": `een kaart`,
  "se77e85d0d70fcb1b": `Nog geen kaarten. De kaarten die mensen inleveren, komen hier te staan.`,
  "se7a5ba8eb24eb41a": `Actieplan`,
  "se84d9094aad29ef5": str`De id "${0}" komt twee keer voor. Elke id moet anders zijn.`,
  "sea4f08110bb8f15d": `Verwijderen`,
  "sec51a1de9d70b308": `Hoe weten we dat het gewerkt heeft?`,
  "sec8fdd3f21f1a512": str`"${0}" is geen vraag van deze vragenlijst.`,
  "secf5518648041c17": `Kaartenhouder`,
  "sedb5e244cce826f3": `Werken mensen samen met professionals? En tellen hun vaardigheden en meningen even zwaar?`,
  "see4b895630a74079": str`Trede ${0}:`,
  "sef49aec68fd1dc66": `Naam`,
  "sf0bb505e208ac9b4": str`Plan een actie voor ${0}`,
  "sf0e292e1e3e6bfb9": `Tip: schrijf de naam van \xE9\xE9n persoon, niet een functie of een groep. Bijvoorbeeld \u2018Fatima\u2019 in plaats van \u2018de huisarts\u2019.`,
  "sf0f0b22a9e0f2ee5": `Voorbeeld toevoegen`,
  "sf1032e0719ea5294": str`Eerdere metingen als lijnen in het diagram: ${0}.`,
  "sf1720312e84a737a": `Tevreden houden`,
  "sf17bd7d5bbf301e6": `Laat het leeg voor "nog niet gepland".`,
  "sf3112a5ea97ff235": str`Verwijderd: ${0}`,
  "sf41ae3648154f51d": `Antwoorden van vandaag bewaren als meting`,
  "sf47ef47c7576c306": `De vier ringen, van het midden naar buiten`,
  "sf4f53e2fbef6ab3c": str`${0} betrokkenen`,
  "sf5d30b95e022f280": `Doen medewerkers en andere betrokkenen mee aan netwerken en activiteiten in de buurt, ook buiten de dienst of het project?`,
  "sf5ed1f1f9d884edc": `Wil helpen`,
  "sf69fbdf2ab796323": `Er zijn geen kaarten die hierbij passen.`,
  "sf6ddb951ff94cb34": `De persoon die de kaarten verzamelt en ze in elk overleg inbrengt.`,
  "sf6dfd761a654cf45": str`Een punt toevoegen aan ${0}`,
  "sf81974eb9a72e690": `Geparkeerd`,
  "sf91e322444c919a1": `Dit is geen geldige JSON-tekst.`,
  "sf9b8d419a00f04bc": `Leeftijd`,
  "sfab4a111d6bcfa5f": `Burgers hebben het meeste te zeggen over een plan of dienst.`,
  "sfbda508e19379d5b": `Hoe doet deze persoon mee?`,
  "sfc380a62cbbad49c": str`${0} staat nu op ${1}.`,
  "sfc476faa49282699": `Burgers regelen een dienst of project helemaal zelf.`,
  "sfca700c1b5c59903": `Mijn kaart inleveren`,
  "sfe0f62c06ccb2d71": `Steun van lotgenoten en mensen in de buurt, naast hulp van professionals.`
};

var nl = /*#__PURE__*/Object.freeze({
  __proto__: null,
  templates: templates
});

export { CoprodActionPlan, CoprodChangeEvent, CoprodElement, CoprodInvalidEvent, CoprodLadder, CoprodOpportunityBoard, CoprodOpportunityCard, CoprodPlanActionEvent, CoprodProfileCard, CoprodReadinessRadar, CoprodSubmitEvent, CoprodSupportCircle, getLocale, setLocale };
