export default function Presenter() {
  return <main><p>Presenter: under construction</p></main>;
}
