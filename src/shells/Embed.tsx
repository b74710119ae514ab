export default function Embed() {
  return <main><p>Embed: under construction</p></main>;
}
